// @generated from tests/data/open-cookie-database.csv by tests/gen/ocd.rs
// (`bench_data_source`); tests/tests/bench_data.rs fails when it is stale.
// Regenerate with: BLESS=1 cargo test -p cookie-policy-tests --test bench_data

cookie_policy::cookie_policy! {
    /// 10 cookies of the Open Cookie Database.
    pub mod exact_10 {
        site: "https://www.example.org",
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C1: "MSPAuth" { function: "Functional", purpose: "OCD" }
            }
            provider "LinkedIn" {
C2: "denial-client-ip" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C4: "shopify-editor-unconfirmed-settings" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C7: "cookieyes-advertisement" { function: "Functional", purpose: "OCD" }
            }
        }
        statistics {
            provider "Picreel" {
C3: "picreel_tracker__page_views" { function: "Analytics", purpose: "OCD" }
            }
            provider "Rudderstack" {
C9: "rl_anonymous_id" { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Squeezely" {
C5: "sqzl_abs" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C6: "rpx" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C8: "n360-sharethrough" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `exact_10`'s names, to their index in `exact_10::POLICY.cookies()`.
pub static EXACT_10_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"cookiePreferences" => 0,
"MSPAuth" => 1,
"denial-client-ip" => 2,
"shopify-editor-unconfirmed-settings" => 3,
"cookieyes-advertisement" => 4,
"picreel_tracker__page_views" => 5,
"rl_anonymous_id" => 6,
"sqzl_abs" => 7,
"rpx" => 8,
"n360-sharethrough" => 9,
};

cookie_policy::cookie_policy! {
    /// 10 cookies of the Open Cookie Database.
    pub mod patterns_10 {
        site: "https://www.example.org",
        necessary {
            provider "Salesforce" {
C7: "idccsrf" { function: "Security", purpose: "OCD" }
            }
        }
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookiebot" {
C1: "userlang*" { function: "Functional", purpose: "OCD" }
            }
            provider "LinkedIn" {
C3: "cookie.policy.banner.eu" { function: "Functional", purpose: "OCD" }
            }
            provider "Spotify" {
C5: "sp_landing" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C6: "swym-instrumentMap" { function: "Functional", purpose: "OCD" }
            }
        }
        statistics {
            provider "Dynamic Yield" {
C9: "_dy_csc_ses" { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Bing / Microsoft" {
C2: "kcru" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Advertising" {
C4: "ev_sync_fs" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C8: "n360_freewheel" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `patterns_10`'s names, to their index in `patterns_10::POLICY.cookies()`.
pub static PATTERNS_10_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"idccsrf" => 0,
"cookiePreferences" => 1,
"userlang*" => 2,
"cookie.policy.banner.eu" => 3,
"sp_landing" => 4,
"swym-instrumentMap" => 5,
"_dy_csc_ses" => 6,
"kcru" => 7,
"ev_sync_fs" => 8,
"n360_freewheel" => 9,
};

cookie_policy::cookie_policy! {
    /// 100 cookies of the Open Cookie Database.
    pub mod exact_100 {
        site: "https://www.example.org",
        necessary {
            provider "X" {
C14: "csrf_same_site_set" { function: "Security", purpose: "OCD" }
            }
            provider "Salesforce" {
C68: "devOverrideCsrfToken" { function: "Security", purpose: "OCD" }
            }
        }
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Google" {
C3: "_Secure-YEC" { function: "Functional", purpose: "OCD" }
C4: "SMSV" { function: "Functional", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C10: "MSPAuth" { function: "Functional", purpose: "OCD" }
            }
            provider "Azure / Microsoft" {
C12: "ASPSESSIO" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C15: "cookie-consent-io" { function: "Functional", purpose: "OCD" }
            }
            provider "Cloudflare" {
C16: "cf_clearance" { function: "Functional", purpose: "OCD" }
            }
            provider "LinkedIn" {
C19: "lang" { function: "Functional", purpose: "OCD" }
C20: "denial-client-ip" { function: "Functional", purpose: "OCD" }
C21: "redirectFromM2MInviteAccept" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C25: "pubsyncexp" { function: "Functional", purpose: "OCD" }
            }
            provider "Magento" {
C34: "mage-messages" { function: "Functional", purpose: "OCD" }
C35: "login_redirect" { function: "Functional", purpose: "OCD" }
            }
            provider "Wix.com" {
C37: "SSR-caching" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C38: "storefront_digest" { function: "Functional", purpose: "OCD" }
C39: "master_device_id" { function: "Functional", purpose: "OCD" }
C40: "shopify-editor-unconfirmed-settings" { function: "Functional", purpose: "OCD" }
            }
            provider "HubSpot" {
C41: "__hs_notify_banner_dismiss" { function: "Functional", purpose: "OCD" }
            }
            provider "Kentico" {
C43: "CMSCookieLevel" { function: "Functional", purpose: "OCD" }
            }
            provider "NGINX Ingresss" {
C46: "INGRESSCOOKIE" { function: "Functional", purpose: "OCD" }
            }
            provider "Keycloak" {
C48: "KEYCLOAK_SESSION" { function: "Functional", purpose: "OCD" }
            }
            provider "CakePHP" {
C49: "CAKEPHP" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C54: "swym-v-ckd" { function: "Functional", purpose: "OCD" }
            }
            provider "vBulletin" {
C55: "bbcpsessionhash" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C56: "wporg_locale" { function: "Functional", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C57: "_global_lucky_opt_out" { function: "Functional", purpose: "OCD" }
            }
            provider "Consentmanager.net" {
C58: "__cmpccc" { function: "Functional", purpose: "OCD" }
            }
            provider "Complianz" {
C59: "cmplz_policy_id" { function: "Functional", purpose: "OCD" }
            }
            provider "SAP" {
C61: "GSLM_" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C66: "_KnowledgePageSortFieldArticle" { function: "Functional", purpose: "OCD" }
C67: "force-proxy-stream" { function: "Functional", purpose: "OCD" }
C69: "sfdc_lv2" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C70: "cookieyes-advertisement" { function: "Functional", purpose: "OCD" }
            }
            provider "SurveyMonkey" {
C71: "RE_" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C73: "__pid" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C84: "zte2095" { function: "Functional", purpose: "OCD" }
            }
            provider "Twitch" {
C86: "local_storage_app_session_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C87: "cean_assoc" { function: "Functional", purpose: "OCD" }
            }
            provider "GitHub" {
C93: "org_transform_notice" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynatrace" {
C96: "l34kn6no" { function: "Functional", purpose: "OCD" }
            }
            provider "Enzuzo" {
C99: "cookies-preferences" { function: "Functional", purpose: "OCD" }
            }
        }
        statistics {
            provider "Google Analytics" {
C1: "_gat_gtag_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Google Optimize" {
C2: "_opt_awgid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Microsoft" {
C13: "_clck" { function: "Analytics", purpose: "OCD" }
            }
            provider "Hotjar" {
C17: "_hjDonePolls" { function: "Analytics", purpose: "OCD" }
            }
            provider "LinkedIn" {
C22: "lss_bundle_viewer" { function: "Analytics", purpose: "OCD" }
            }
            provider "Picreel" {
C30: "picreel_tracker__page_views" { function: "Analytics", purpose: "OCD" }
            }
            provider "WooCommerce" {
C42: "sbjs_first_add" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piwik" {
C47: "stg_externalReferrer" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mopinion.com" {
C51: "Pastease.passive.activated" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ezoic" {
C53: "ezoref_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C65: "_ym_visorc_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Gemius" {
C74: "Gdyn" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mixpanel" {
C75: "mp_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Wikimedia" {
C76: "GeoIP" { function: "Analytics", purpose: "OCD" }
            }
            provider "Marfeel" {
C83: "_ut" { function: "Analytics", purpose: "OCD" }
            }
            provider "Rudderstack" {
C90: "rl_anonymous_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "ContentSquare" {
C92: "_hp5_event_props." { function: "Analytics", purpose: "OCD" }
            }
            provider "Qualtrics" {
C94: "FocusTime" { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Google" {
C5: "FPGCLDC" { function: "Marketing", purpose: "OCD" }
            }
            provider "DoubleClick/Google Marketing" {
C6: "__gads" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Audience Manager" {
C7: "AMCVS_" { function: "Marketing", purpose: "OCD" }
            }
            provider "Facebook" {
C8: "lu" { function: "Marketing", purpose: "OCD" }
C9: "rc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C11: "OID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Active Campaign" {
C18: "ac_enable_tracking" { function: "Marketing", purpose: "OCD" }
            }
            provider "Casale Media" {
C23: "CMST" { function: "Marketing", purpose: "OCD" }
            }
            provider "PubMatic" {
C24: "PugT" { function: "Marketing", purpose: "OCD" }
            }
            provider "1rx.io" {
C26: "_rxuuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Seedtag" {
C27: "st_chc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Outbrain" {
C28: "bdswch" { function: "Marketing", purpose: "OCD" }
C91: "unifiedPixel" { function: "Marketing", purpose: "OCD" }
            }
            provider "Funda" {
C29: "DG_HID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Advertising" {
C31: "everest_g_v2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Rapleaf" {
C32: "rlas3" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediamath" {
C33: "uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Datatrics" {
C36: "datatricsDebugger" { function: "Marketing", purpose: "OCD" }
            }
            provider "ZOHO" {
C44: "zc_loc" { function: "Marketing", purpose: "OCD" }
            }
            provider "SpotX" {
C45: "audience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Squeezely" {
C50: "sqzl_abs" { function: "Marketing", purpose: "OCD" }
            }
            provider "TikTok" {
C52: "msToken" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C60: "rpx" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adhese" {
C62: "appnexus_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Customer.io" {
C63: "_cioanonid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dotomi" {
C64: "dtm_token_exp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nielsen" {
C72: "IMRID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C77: "n360_amx" { function: "Marketing", purpose: "OCD" }
C78: "n360_fueldigitalix" { function: "Marketing", purpose: "OCD" }
C79: "n360_onetag" { function: "Marketing", purpose: "OCD" }
C80: "n360-sharethrough" { function: "Marketing", purpose: "OCD" }
C81: "n360-yahoo" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yieldmo" {
C82: "ptreps" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C85: "ServerPool" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smaato" {
C88: "SCMo" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blue" {
C89: "ckid" { function: "Marketing", purpose: "OCD" }
            }
            provider "RD Station" {
C95: "_rd_experiment_version" { function: "Marketing", purpose: "OCD" }
            }
            provider "Command Act" {
C97: "TCREDIRECT" { function: "Marketing", purpose: "OCD" }
            }
            provider "GumGum" {
C98: "vst" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `exact_100`'s names, to their index in `exact_100::POLICY.cookies()`.
pub static EXACT_100_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"csrf_same_site_set" => 0,
"devOverrideCsrfToken" => 1,
"cookiePreferences" => 2,
"_Secure-YEC" => 3,
"SMSV" => 4,
"MSPAuth" => 5,
"ASPSESSIO" => 6,
"cookie-consent-io" => 7,
"cf_clearance" => 8,
"lang" => 9,
"denial-client-ip" => 10,
"redirectFromM2MInviteAccept" => 11,
"pubsyncexp" => 12,
"mage-messages" => 13,
"login_redirect" => 14,
"SSR-caching" => 15,
"storefront_digest" => 16,
"master_device_id" => 17,
"shopify-editor-unconfirmed-settings" => 18,
"__hs_notify_banner_dismiss" => 19,
"CMSCookieLevel" => 20,
"INGRESSCOOKIE" => 21,
"KEYCLOAK_SESSION" => 22,
"CAKEPHP" => 23,
"swym-v-ckd" => 24,
"bbcpsessionhash" => 25,
"wporg_locale" => 26,
"_global_lucky_opt_out" => 27,
"__cmpccc" => 28,
"cmplz_policy_id" => 29,
"GSLM_" => 30,
"_KnowledgePageSortFieldArticle" => 31,
"force-proxy-stream" => 32,
"sfdc_lv2" => 33,
"cookieyes-advertisement" => 34,
"RE_" => 35,
"__pid" => 36,
"zte2095" => 37,
"local_storage_app_session_id" => 38,
"cean_assoc" => 39,
"org_transform_notice" => 40,
"l34kn6no" => 41,
"cookies-preferences" => 42,
"_gat_gtag_" => 43,
"_opt_awgid" => 44,
"_clck" => 45,
"_hjDonePolls" => 46,
"lss_bundle_viewer" => 47,
"picreel_tracker__page_views" => 48,
"sbjs_first_add" => 49,
"stg_externalReferrer" => 50,
"Pastease.passive.activated" => 51,
"ezoref_" => 52,
"_ym_visorc_" => 53,
"Gdyn" => 54,
"mp_" => 55,
"GeoIP" => 56,
"_ut" => 57,
"rl_anonymous_id" => 58,
"_hp5_event_props." => 59,
"FocusTime" => 60,
"FPGCLDC" => 61,
"__gads" => 62,
"AMCVS_" => 63,
"lu" => 64,
"rc" => 65,
"OID" => 66,
"ac_enable_tracking" => 67,
"CMST" => 68,
"PugT" => 69,
"_rxuuid" => 70,
"st_chc" => 71,
"bdswch" => 72,
"unifiedPixel" => 73,
"DG_HID" => 74,
"everest_g_v2" => 75,
"rlas3" => 76,
"uuid" => 77,
"datatricsDebugger" => 78,
"zc_loc" => 79,
"audience" => 80,
"sqzl_abs" => 81,
"msToken" => 82,
"rpx" => 83,
"appnexus_uid" => 84,
"_cioanonid" => 85,
"dtm_token_exp" => 86,
"IMRID" => 87,
"n360_amx" => 88,
"n360_fueldigitalix" => 89,
"n360_onetag" => 90,
"n360-sharethrough" => 91,
"n360-yahoo" => 92,
"ptreps" => 93,
"ServerPool" => 94,
"SCMo" => 95,
"ckid" => 96,
"_rd_experiment_version" => 97,
"TCREDIRECT" => 98,
"vst" => 99,
};

cookie_policy::cookie_policy! {
    /// 100 cookies of the Open Cookie Database.
    pub mod patterns_100 {
        site: "https://www.example.org",
        necessary {
            provider "CraftCMS" {
C49: "CRAFT_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
        }
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookiebot" {
C1: "userlang*" { function: "Functional", purpose: "OCD" }
            }
            provider "Google" {
C5: "__Secure-ENID" { function: "Functional", purpose: "OCD", secure }
C6: "receive-cookie-deprecation" { function: "Functional", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C11: "x-ms-gateway-slice" { function: "Functional", purpose: "OCD" }
            }
            provider "Azure / Microsoft" {
C12: "ARRAffinitySameSite" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft Azure App Insights" {
C13: "ai_session" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C16: "cookie-consent-io" { function: "Functional", purpose: "OCD" }
            }
            provider "Cloudflare" {
C17: "__cfseq" { function: "Functional", purpose: "OCD" }
            }
            provider "LinkedIn" {
C20: "li_mc" { function: "Functional", purpose: "OCD" }
C21: "li_odapfcc" { function: "Functional", purpose: "OCD" }
C22: "feed-sort" { function: "Functional", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C23: "AWSALB" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C25: "PUBUIDSYNCUPFQ" { function: "Functional", purpose: "OCD" }
            }
            provider "AFAS" {
C30: ".stateflags" { function: "Functional", purpose: "OCD" }
            }
            provider "Magento" {
C34: "product_data_storage*" { function: "Functional", purpose: "OCD" }
C35: "mage-messages" { function: "Functional", purpose: "OCD" }
            }
            provider "Joomla!" {
C36: "componentStyle" { function: "Functional", purpose: "OCD" }
            }
            provider "Wix.com" {
C38: "_wixCIDX" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C39: "cart_currency" { function: "Functional", purpose: "OCD" }
C40: "identity_customer_account_number" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce / Jetpack" {
C42: "tk_ai" { function: "Functional", purpose: "OCD" }
            }
            provider "Imperva" {
C43: "visid_incap_*" { function: "Functional", purpose: "OCD" }
            }
            provider "WhatsApp" {
C45: "wa_ul" { function: "Functional", purpose: "OCD" }
            }
            provider "Yithemes.com" {
C46: "yith_wcwl_session_" { function: "Functional", purpose: "OCD" }
            }
            provider "Jimdo" {
C50: "ckies_functional" { function: "Functional", purpose: "OCD" }
            }
            provider "CleanTalk" {
C52: "spbc_log_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Ezoic" {
C53: "ezds" { function: "Functional", purpose: "OCD" }
            }
            provider "PayPal" {
C55: "X-PP-SILOVER" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C57: "wp-settings-time-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C58: "_global_lucky_opt_out" { function: "Functional", purpose: "OCD" }
            }
            provider "Consentmanager.net" {
C59: "__cmpld" { function: "Functional", purpose: "OCD" }
            }
            provider "SAP" {
C61: "gig_loginToken_*" { function: "Functional", purpose: "OCD" }
            }
            provider "TYPO3" {
C63: "fe_typo_user" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C66: "_KMPage*" { function: "Functional", purpose: "OCD" }
C67: "force-stream" { function: "Functional", purpose: "OCD" }
C68: "csssid_Client" { function: "Functional", purpose: "OCD" }
C69: "sfdc_lv2" { function: "Functional", purpose: "OCD" }
C70: "__Host-ERIC_PROD-*" { function: "Functional", purpose: "OCD", secure }
            }
            provider "CookieYes" {
C71: "cookieyes_privacy_policy_generator_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Xenforo" {
C72: "xf_push_notice_dismiss" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C73: "__tbc" { function: "Functional", purpose: "OCD" }
C74: "LANG" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightspeed" {
C75: "COOKIELAW" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C85: "zendesk_thirdparty_test" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightbox CDN" {
C88: "TiPMix" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C89: "DYSES" { function: "Functional", purpose: "OCD" }
            }
            provider "Instagram" {
C90: "mid" { function: "Functional", purpose: "OCD" }
            }
            provider "GitHub" {
C93: "_gh_ent" { function: "Functional", purpose: "OCD" }
            }
            provider "Qualtrics" {
C95: "QSI_ReplaySession_Throttled_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Command Act" {
C97: "TC_PRIVACY" { function: "Functional", purpose: "OCD" }
C98: "FDLBFIRSTTMS" { function: "Functional", purpose: "OCD" }
            }
            provider "PrivacyPillar" {
C99: "privacypillar-google-consent" { function: "Functional", purpose: "OCD" }
            }
        }
        statistics {
            provider "Google Analytics" {
C2: "__utmv" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C7: "s_cc" { function: "Analytics", purpose: "OCD" }
            }
            provider "Microsoft" {
C14: "X-FD-FEATURES*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Hotjar" {
C18: "_hjDoneTestersWidgets" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oracle" {
C19: "ELQSTATUS" { function: "Analytics", purpose: "OCD" }
            }
            provider "Taboola" {
C29: "abLdr" { function: "Analytics", purpose: "OCD" }
            }
            provider "Kentico" {
C44: "CMSLandingPageLoaded" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piwik" {
C48: "stg_utm_campaign" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ezoic" {
C54: "ezoadgid_*" { function: "Analytics", purpose: "OCD" }
            }
            provider "WordPress" {
C56: "tk_qs" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C65: "yabs-sid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C87: "_ce.cch" { function: "Analytics", purpose: "OCD" }
            }
            provider "Rudderstack" {
C91: "rl_auth_token" { function: "Analytics", purpose: "OCD" }
            }
            provider "ContentSquare" {
C92: "_cs_ex" { function: "Analytics", purpose: "OCD" }
            }
            provider "Qualtrics" {
C94: "QSI_HistorySession" { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Google Flights" {
C3: "_gcl_gf" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Ads" {
C4: "ADS_VISITOR_ID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adform" {
C8: "GCM" { function: "Marketing", purpose: "OCD" }
            }
            provider "Facebook" {
C9: "fr" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C10: "MSFPC" { function: "Marketing", purpose: "OCD" }
            }
            provider "X" {
C15: "dnt" { function: "Marketing", purpose: "OCD" }
            }
            provider "Outbrain" {
C24: "adrl" { function: "Marketing", purpose: "OCD" }
            }
            provider "ComScore" {
C26: "UIDR" { function: "Marketing", purpose: "OCD" }
            }
            provider "bidswitch.net" {
C27: "tuuid_lu" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smartadserver" {
C28: "sasd" { function: "Marketing", purpose: "OCD" }
            }
            provider "Lotame" {
C31: "panoramaId_expiry" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Advertising" {
C32: "ev_sync_yh" { function: "Marketing", purpose: "OCD" }
            }
            provider "Admixer" {
C33: "am-uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "OneTrust" {
C37: "_mkto_trk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Hubspot" {
C41: "hubspotutk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Quantcast" {
C47: "cref" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blueconic.com" {
C51: "BCSessionID" { function: "Marketing", purpose: "OCD" }
            }
            provider "ShareThis" {
C60: "__stidv" { function: "Marketing", purpose: "OCD" }
            }
            provider "SAP" {
C62: "ucid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dotomi" {
C64: "dtm_token" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pangle" {
C76: "_pangle" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediarithmics" {
C77: "mics_uaid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C78: "n360-conversant" { function: "Marketing", purpose: "OCD" }
C79: "n360-improve" { function: "Marketing", purpose: "OCD" }
C80: "n360_quantum" { function: "Marketing", purpose: "OCD" }
C81: "n360_mediagrid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yieldmo" {
C82: "ptrrc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tailtarget" {
C83: "ttbprf" { function: "Marketing", purpose: "OCD" }
            }
            provider "Groovinads" {
C84: "GRV_BHV_IDCAT*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Underdog Media" {
C86: "rtbh" { function: "Marketing", purpose: "OCD" }
            }
            provider "RD Station" {
C96: "_rd_experiment_version" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `patterns_100`'s names, to their index in `patterns_100::POLICY.cookies()`.
pub static PATTERNS_100_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"CRAFT_CSRF_TOKEN" => 0,
"cookiePreferences" => 1,
"userlang*" => 2,
"__Secure-ENID" => 3,
"receive-cookie-deprecation" => 4,
"x-ms-gateway-slice" => 5,
"ARRAffinitySameSite" => 6,
"ai_session" => 7,
"cookie-consent-io" => 8,
"__cfseq" => 9,
"li_mc" => 10,
"li_odapfcc" => 11,
"feed-sort" => 12,
"AWSALB" => 13,
"PUBUIDSYNCUPFQ" => 14,
".stateflags" => 15,
"product_data_storage*" => 16,
"mage-messages" => 17,
"componentStyle" => 18,
"_wixCIDX" => 19,
"cart_currency" => 20,
"identity_customer_account_number" => 21,
"tk_ai" => 22,
"visid_incap_*" => 23,
"wa_ul" => 24,
"yith_wcwl_session_" => 25,
"ckies_functional" => 26,
"spbc_log_id" => 27,
"ezds" => 28,
"X-PP-SILOVER" => 29,
"wp-settings-time-*" => 30,
"_global_lucky_opt_out" => 31,
"__cmpld" => 32,
"gig_loginToken_*" => 33,
"fe_typo_user" => 34,
"_KMPage*" => 35,
"force-stream" => 36,
"csssid_Client" => 37,
"sfdc_lv2" => 38,
"__Host-ERIC_PROD-*" => 39,
"cookieyes_privacy_policy_generator_session" => 40,
"xf_push_notice_dismiss" => 41,
"__tbc" => 42,
"LANG" => 43,
"COOKIELAW" => 44,
"zendesk_thirdparty_test" => 45,
"TiPMix" => 46,
"DYSES" => 47,
"mid" => 48,
"_gh_ent" => 49,
"QSI_ReplaySession_Throttled_*" => 50,
"TC_PRIVACY" => 51,
"FDLBFIRSTTMS" => 52,
"privacypillar-google-consent" => 53,
"__utmv" => 54,
"s_cc" => 55,
"X-FD-FEATURES*" => 56,
"_hjDoneTestersWidgets" => 57,
"ELQSTATUS" => 58,
"abLdr" => 59,
"CMSLandingPageLoaded" => 60,
"stg_utm_campaign" => 61,
"ezoadgid_*" => 62,
"tk_qs" => 63,
"yabs-sid" => 64,
"_ce.cch" => 65,
"rl_auth_token" => 66,
"_cs_ex" => 67,
"QSI_HistorySession" => 68,
"_gcl_gf" => 69,
"ADS_VISITOR_ID" => 70,
"GCM" => 71,
"fr" => 72,
"MSFPC" => 73,
"dnt" => 74,
"adrl" => 75,
"UIDR" => 76,
"tuuid_lu" => 77,
"sasd" => 78,
"panoramaId_expiry" => 79,
"ev_sync_yh" => 80,
"am-uid" => 81,
"_mkto_trk" => 82,
"hubspotutk" => 83,
"cref" => 84,
"BCSessionID" => 85,
"__stidv" => 86,
"ucid" => 87,
"dtm_token" => 88,
"_pangle" => 89,
"mics_uaid" => 90,
"n360-conversant" => 91,
"n360-improve" => 92,
"n360_quantum" => 93,
"n360_mediagrid" => 94,
"ptrrc" => 95,
"ttbprf" => 96,
"GRV_BHV_IDCAT*" => 97,
"rtbh" => 98,
"_rd_experiment_version" => 99,
};

cookie_policy::cookie_policy! {
    /// 2000 cookies of the Open Cookie Database.
    pub mod exact_2000 {
        site: "https://www.example.org",
        necessary {
            provider "Google AdSense" {
C33: "__eoi" { function: "Security", purpose: "OCD" }
C35: "aboutads_sessNNN" { function: "Security", purpose: "OCD" }
            }
            provider "Azure / Microsoft" {
C234: "__AntiXsrfToken" { function: "Security", purpose: "OCD" }
            }
            provider "X" {
C279: "csrf_same_site" { function: "Security", purpose: "OCD" }
C280: "csrf_same_site_set" { function: "Security", purpose: "OCD" }
            }
            provider "Indeed" {
C297: "INDEED_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Unknown provider" {
C370: "XSRF-TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Microsoft" {
C558: ".AspNetCore.Antiforgery." { function: "Security", purpose: "OCD" }
            }
            provider "Trustpilot" {
C654: "csrf-canary" { function: "Security", purpose: "OCD" }
            }
            provider "Magento" {
C674: "form_key" { function: "Security", purpose: "OCD" }
            }
            provider "Hubspot" {
C809: "hs-membership-csrf" { function: "Security", purpose: "OCD" }
C818: "hubspotapi-csrf" { function: "Security", purpose: "OCD" }
            }
            provider "Kentico" {
C859: "CMSCsrfCookie" { function: "Security", purpose: "OCD" }
            }
            provider "ZOHO" {
C877: "ZCAMPAIGN_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "CraftCMS" {
C967: "CRAFT_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Stonly" {
C1036: "_csrf" { function: "Security", purpose: "OCD" }
            }
            provider "Salesforce" {
C1343: "idccsrf" { function: "Security", purpose: "OCD" }
C1360: "devOverrideCsrfToken" { function: "Security", purpose: "OCD" }
C1367: "Host-ERIC_PROD-" { function: "Security", purpose: "OCD" }
            }
            provider "Xenforo" {
C1423: "xf_csrf" { function: "Security", purpose: "OCD" }
            }
            provider "GitHub" {
C1862: "saml_csrf_token" { function: "Security", purpose: "OCD" }
            }
            provider "QookieQloud" {
C1981: "__cpmQQ_trackers" { function: "Necessary", purpose: "OCD" }
C1982: "__cpmQQ_trackers_timestamp" { function: "Necessary", purpose: "OCD" }
C1983: "__cmpQQ_usedCoookies" { function: "Necessary", purpose: "OCD" }
C1984: "__cmpQQ_consentID" { function: "Necessary", purpose: "OCD" }
C1985: "__cmpQQ_CookieConsent" { function: "Necessary", purpose: "OCD" }
            }
            provider "NextAuth.js" {
C1990: "next-auth." { function: "Necessary", purpose: "OCD" }
            }
            provider "Supabase" {
C1992: "sb-" { function: "Necessary", purpose: "OCD" }
            }
            provider "Clerk" {
C1993: "clerk_" { function: "Necessary", purpose: "OCD" }
            }
        }
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookiebot" {
C2: "CookieConsent" { function: "Functional", purpose: "OCD" }
C3: "CookieConsentBulkTicket" { function: "Functional", purpose: "OCD" }
C4: "userlang" { function: "Functional", purpose: "OCD" }
C5: "consentUUID" { function: "Functional", purpose: "OCD" }
C6: "CrossConsent" { function: "Functional", purpose: "OCD" }
C7: "1.gif" { function: "Functional", purpose: "OCD" }
C8: "cb-currency" { function: "Functional", purpose: "OCD" }
C9: "CookieConsentBulkSetting-" { function: "Functional", purpose: "OCD" }
            }
            provider "Maxlead" {
C10: "cookieconsent_variant" { function: "Functional", purpose: "OCD" }
C11: "cookieconsent_system" { function: "Functional", purpose: "OCD" }
C12: "cookieconsent_seen" { function: "Functional", purpose: "OCD" }
            }
            provider "Google" {
C13: "FPGSID" { function: "Functional", purpose: "OCD" }
C57: "_Secure-ENID" { function: "Functional", purpose: "OCD" }
C58: "Secure-YEC" { function: "Functional", purpose: "OCD" }
C59: "CGIC" { function: "Functional", purpose: "OCD" }
C60: "_Secure-YEC" { function: "Functional", purpose: "OCD" }
C61: "__Secure-YNID" { function: "Functional", purpose: "OCD", secure }
C78: "CONSENT" { function: "Functional", purpose: "OCD" }
C79: "SOCS" { function: "Functional", purpose: "OCD" }
C80: "SMSV" { function: "Functional", purpose: "OCD" }
C81: "__Host-1PLSID" { function: "Functional", purpose: "OCD", secure }
C82: "__Host-3PLSID" { function: "Functional", purpose: "OCD", secure }
C83: "__Host-GAPS" { function: "Functional", purpose: "OCD", secure }
C84: "LSOLH" { function: "Functional", purpose: "OCD" }
C85: "g_enabled_idps" { function: "Functional", purpose: "OCD" }
C86: "G_AUTHUSER_H" { function: "Functional", purpose: "OCD" }
C87: "__Secure-ENID" { function: "Functional", purpose: "OCD", secure }
C88: "SEARCH_SAMESITE" { function: "Functional", purpose: "OCD" }
C103: "GCLB" { function: "Functional", purpose: "OCD" }
C106: "receive-cookie-deprecation" { function: "Functional", purpose: "OCD" }
            }
            provider "Google reCAPTCHA" {
C32: "_GRECAPTCHA" { function: "Functional", purpose: "OCD" }
            }
            provider "Google AdSense" {
C34: "pm_sess" { function: "Functional", purpose: "OCD" }
C36: "ANID" { function: "Functional", purpose: "OCD" }
            }
            provider "Google Analytics" {
C37: "GA_OPT_OUT" { function: "Functional", purpose: "OCD" }
            }
            provider "Google Ads" {
C66: "AEC" { function: "Functional", purpose: "OCD" }
            }
            provider "Django" {
C110: "django_language" { function: "Functional", purpose: "OCD" }
            }
            provider "DoubleClick/Google Marketing" {
C123: "test_cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C134: "sat_track" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe Audience Manager" {
C142: "at_check" { function: "Functional", purpose: "OCD" }
C143: "renderid" { function: "Functional", purpose: "OCD" }
            }
            provider "Facebook" {
C183: "presence" { function: "Functional", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C199: "PPAuth" { function: "Functional", purpose: "OCD" }
C200: "MSPAuth" { function: "Functional", purpose: "OCD" }
C201: "MSNRPSAuth" { function: "Functional", purpose: "OCD" }
C202: "KievRPSAuth" { function: "Functional", purpose: "OCD" }
C203: "WLSSC" { function: "Functional", purpose: "OCD" }
C204: "MSPProf" { function: "Functional", purpose: "OCD" }
C205: "MS0" { function: "Functional", purpose: "OCD" }
C213: "x-ms-gateway-slice" { function: "Functional", purpose: "OCD" }
C216: "brcap" { function: "Functional", purpose: "OCD" }
            }
            provider "Azure / Microsoft" {
C228: "buid" { function: "Functional", purpose: "OCD" }
C229: "esctx" { function: "Functional", purpose: "OCD" }
C230: "fpc" { function: "Functional", purpose: "OCD" }
C231: "stsservicecookie" { function: "Functional", purpose: "OCD" }
C232: "ARRAffinity" { function: "Functional", purpose: "OCD" }
C233: "ARRAffinitySameSite" { function: "Functional", purpose: "OCD" }
C235: ".ASPXANONYMOUS" { function: "Functional", purpose: "OCD" }
C236: ".ASPXAUTH" { function: "Functional", purpose: "OCD" }
C237: "nSGt-" { function: "Functional", purpose: "OCD" }
C238: "RpsContextCookie" { function: "Functional", purpose: "OCD" }
C239: "ASLBSA" { function: "Functional", purpose: "OCD" }
C240: "ASPSESSIO" { function: "Functional", purpose: "OCD" }
C241: "ApplicationGatewayAffinity" { function: "Functional", purpose: "OCD" }
C242: "ApplicationGatewayAffinityCORS" { function: "Functional", purpose: "OCD" }
C243: "VisitorStorageGuid" { function: "Functional", purpose: "OCD" }
C244: ".AspNetCore.Mvc.CookieTempDataProvider" { function: "Functional", purpose: "OCD" }
C245: "x-ms-cpim-admin" { function: "Functional", purpose: "OCD" }
C246: "x-ms-cpim-slice" { function: "Functional", purpose: "OCD" }
C247: "x-ms-cpim-trans" { function: "Functional", purpose: "OCD" }
C248: "x-ms-cpim-sso" { function: "Functional", purpose: "OCD" }
C249: "x-ms-cpim-cache" { function: "Functional", purpose: "OCD" }
C250: "x-ms-cpim-dc" { function: "Functional", purpose: "OCD" }
C251: "x-ms-cpim-ctx" { function: "Functional", purpose: "OCD" }
C252: "x-ms-cpim-rp" { function: "Functional", purpose: "OCD" }
C253: "x-ms-cpim-rc" { function: "Functional", purpose: "OCD" }
C254: "x-ms-cpim-geo" { function: "Functional", purpose: "OCD" }
C255: "Dynamics365PortalAnalytics" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft Azure App Insights" {
C256: "ai_session" { function: "Functional", purpose: "OCD" }
C257: "ai_user" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft Dynamics" {
C258: "AADNonce.forms" { function: "Functional", purpose: "OCD" }
C259: "DcLcid" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft" {
C264: "esctx-" { function: "Functional", purpose: "OCD" }
C265: "isFirstSession" { function: "Functional", purpose: "OCD" }
C266: "MSO" { function: "Functional", purpose: "OCD" }
C362: "ASP.NET_Sessio" { function: "Functional", purpose: "OCD" }
C363: "ASP.NET_Sessio_Fallback" { function: "Functional", purpose: "OCD" }
C610: "__RequestVerificationToken" { function: "Functional", purpose: "OCD" }
            }
            provider "ASP.net" {
C269: "ASP.NET_SessionId" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C300: "cookie-consent-io" { function: "Functional", purpose: "OCD" }
C301: "cookie-consent-io-timestamp" { function: "Functional", purpose: "OCD" }
C302: "cookie-consent-io-gdpr" { function: "Functional", purpose: "OCD" }
            }
            provider "Youtube" {
C306: "PREF" { function: "Functional", purpose: "OCD" }
C307: "DEVICE_INFO" { function: "Functional", purpose: "OCD" }
C308: "LOGIN_INFO" { function: "Functional", purpose: "OCD" }
            }
            provider "Cloudflare" {
C315: "__cfduid" { function: "Functional", purpose: "OCD" }
C316: "__cfruid" { function: "Functional", purpose: "OCD" }
C317: "__cf_bm" { function: "Functional", purpose: "OCD" }
C318: "cf_chl_2" { function: "Functional", purpose: "OCD" }
C319: "_cfuvid" { function: "Functional", purpose: "OCD" }
C320: "cf_clearance" { function: "Functional", purpose: "OCD" }
C321: "__cfseq" { function: "Functional", purpose: "OCD" }
            }
            provider "CloudFlare" {
C322: "cf_ob_info" { function: "Functional", purpose: "OCD" }
C323: "cf_use_ob" { function: "Functional", purpose: "OCD" }
C324: "__cfwaitingroom" { function: "Functional", purpose: "OCD" }
C325: "cf_chl_rc_i" { function: "Functional", purpose: "OCD" }
C326: "cf_chl_rc_ni" { function: "Functional", purpose: "OCD" }
C327: "cf_chl_rc_m" { function: "Functional", purpose: "OCD" }
            }
            provider "Hotjar" {
C344: "_hjTLDTest" { function: "Functional", purpose: "OCD" }
C345: "_hjUserAttributesHash" { function: "Functional", purpose: "OCD" }
C347: "_hjLocalStorageTest" { function: "Functional", purpose: "OCD" }
C348: "_hjptid" { function: "Functional", purpose: "OCD" }
C349: "_hjAbsoluteSessionInProgress" { function: "Functional", purpose: "OCD" }
C350: "_hjFirstSeen" { function: "Functional", purpose: "OCD" }
C351: "_hjIncludedInPageviewSample" { function: "Functional", purpose: "OCD" }
C352: "_hjIncludedInSessionSample" { function: "Functional", purpose: "OCD" }
C353: "_hjSessionUser_" { function: "Functional", purpose: "OCD" }
C354: "_hjSessionTooLarge" { function: "Functional", purpose: "OCD" }
C355: "_hjSessionRejected" { function: "Functional", purpose: "OCD" }
C356: "_hjSessionResumed" { function: "Functional", purpose: "OCD" }
C357: "hjViewportId" { function: "Functional", purpose: "OCD" }
C358: "_hjSessionStorageTest" { function: "Functional", purpose: "OCD" }
C359: "_hjCookieTest" { function: "Functional", purpose: "OCD" }
            }
            provider "Oracle" {
C364: "ORA_WWV_APP_" { function: "Functional", purpose: "OCD" }
            }
            provider "Laravel" {
C367: "laravel_session" { function: "Functional", purpose: "OCD" }
            }
            provider "PHP.net" {
C368: "PHPSESSID" { function: "Functional", purpose: "OCD" }
C369: "__Secure-PHPSESSID" { function: "Functional", purpose: "OCD", secure }
            }
            provider "LinkedIn" {
C380: "lang" { function: "Functional", purpose: "OCD" }
C381: "li_gc" { function: "Functional", purpose: "OCD" }
C382: "li_rm" { function: "Functional", purpose: "OCD" }
C386: "sdsc" { function: "Functional", purpose: "OCD" }
C394: "lihc_auth_" { function: "Functional", purpose: "OCD" }
C395: "li_a" { function: "Functional", purpose: "OCD" }
C396: "li_ep_auth_context" { function: "Functional", purpose: "OCD" }
C397: "fcookie" { function: "Functional", purpose: "OCD" }
C398: "chp_token" { function: "Functional", purpose: "OCD" }
C399: "li_cu" { function: "Functional", purpose: "OCD" }
C400: "denial-client-ip" { function: "Functional", purpose: "OCD" }
C401: "denial-reason-code" { function: "Functional", purpose: "OCD" }
C402: "rtc" { function: "Functional", purpose: "OCD" }
C403: "li_referer" { function: "Functional", purpose: "OCD" }
C404: "f_token" { function: "Functional", purpose: "OCD" }
C405: "li_apfcdc" { function: "Functional", purpose: "OCD" }
C406: "li_odapfcc" { function: "Functional", purpose: "OCD" }
C407: "ac_L" { function: "Functional", purpose: "OCD" }
C408: "ac_LD" { function: "Functional", purpose: "OCD" }
C409: "recent_history_status" { function: "Functional", purpose: "OCD" }
C410: "uh" { function: "Functional", purpose: "OCD" }
C411: "pushPermInfo" { function: "Functional", purpose: "OCD" }
C412: "pushPermState" { function: "Functional", purpose: "OCD" }
C413: "wwepo" { function: "Functional", purpose: "OCD" }
C414: "li_ec" { function: "Functional", purpose: "OCD" }
C415: "li_gpc" { function: "Functional", purpose: "OCD" }
C416: "li_gp" { function: "Functional", purpose: "OCD" }
C417: "PLAY_FLASH" { function: "Functional", purpose: "OCD" }
C418: "PLAY_LANG" { function: "Functional", purpose: "OCD" }
C419: "PLAY_SESSION" { function: "Functional", purpose: "OCD" }
C420: "redirectFromM2MInviteAccept" { function: "Functional", purpose: "OCD" }
C421: "cookie.policy.banner.eu" { function: "Functional", purpose: "OCD" }
C422: "cookie.policy.banner.nl" { function: "Functional", purpose: "OCD" }
C423: "appName" { function: "Functional", purpose: "OCD" }
C424: "appLang" { function: "Functional", purpose: "OCD" }
C425: "lls-integration" { function: "Functional", purpose: "OCD" }
C426: "feed-sort" { function: "Functional", purpose: "OCD" }
C427: "abiRedirect" { function: "Functional", purpose: "OCD" }
C428: "lil-lang" { function: "Functional", purpose: "OCD" }
C429: "li_alerts" { function: "Functional", purpose: "OCD" }
C430: "li_theme" { function: "Functional", purpose: "OCD" }
C431: "integration_type" { function: "Functional", purpose: "OCD" }
C432: "lms_analytics" { function: "Functional", purpose: "OCD" }
C433: "li_fat_id" { function: "Functional", purpose: "OCD" }
C434: "li_giant" { function: "Functional", purpose: "OCD" }
C437: "recent_history" { function: "Functional", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C445: "AWSALB" { function: "Functional", purpose: "OCD" }
C446: "AWSALBCORS" { function: "Functional", purpose: "OCD" }
C447: "AWSELBCORS" { function: "Functional", purpose: "OCD" }
C448: "AWSELB" { function: "Functional", purpose: "OCD" }
C449: "AWSALBTGCORS" { function: "Functional", purpose: "OCD" }
C450: "AWSALBTG" { function: "Functional", purpose: "OCD" }
C451: "aws-csds-token" { function: "Functional", purpose: "OCD" }
C452: "aws_lang" { function: "Functional", purpose: "OCD" }
C454: "aws-priv" { function: "Functional", purpose: "OCD" }
            }
            provider "CHEQ AI Technologies" {
C468: "_cq_duid" { function: "Functional", purpose: "OCD" }
C469: "_cq_suid" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C483: "KTPCACOOKIE" { function: "Functional", purpose: "OCD" }
C484: "COKENBLD" { function: "Functional", purpose: "OCD" }
C488: "PUBUIDSYNCUPFQ" { function: "Functional", purpose: "OCD" }
C490: "pubtime_" { function: "Functional", purpose: "OCD" }
C491: "PMFREQ_ON" { function: "Functional", purpose: "OCD" }
C494: "FPtrust" { function: "Functional", purpose: "OCD" }
C495: "_curtime" { function: "Functional", purpose: "OCD" }
C496: "PMDTSHR" { function: "Functional", purpose: "OCD" }
C497: "chk" { function: "Functional", purpose: "OCD" }
C498: "chkSecSet" { function: "Functional", purpose: "OCD" }
C499: "chkChromeAb67" { function: "Functional", purpose: "OCD" }
C500: "pubsyncexp" { function: "Functional", purpose: "OCD" }
C501: "ipc" { function: "Functional", purpose: "OCD" }
            }
            provider "Kiyoh" {
C502: "Kiyohnl" { function: "Functional", purpose: "OCD" }
            }
            provider "ID5" {
C509: "gdpr" { function: "Functional", purpose: "OCD" }
C510: "gpp" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe ColdFusion" {
C528: "cfid" { function: "Functional", purpose: "OCD" }
C529: "cftoken" { function: "Functional", purpose: "OCD" }
            }
            provider "betweendigital.com" {
C535: "ss" { function: "Functional", purpose: "OCD" }
            }
            provider "Smartadserver" {
C544: "dyncdn" { function: "Functional", purpose: "OCD" }
C550: "Pdomid" { function: "Functional", purpose: "OCD" }
            }
            provider "Taboola" {
C568: "t_pt_gid" { function: "Functional", purpose: "OCD" }
C569: "taboola_select" { function: "Functional", purpose: "OCD" }
C570: "taboola_fp_td_user_id" { function: "Functional", purpose: "OCD" }
C571: "_tb_sess_r" { function: "Functional", purpose: "OCD" }
            }
            provider "Funda" {
C586: "fonts-loaded" { function: "Functional", purpose: "OCD" }
C587: "html-classes" { function: "Functional", purpose: "OCD" }
C588: "SNLB2" { function: "Functional", purpose: "OCD" }
            }
            provider "LiveZilla GmbH" {
C589: "lz_last_visit" { function: "Functional", purpose: "OCD" }
C590: "lz_userid" { function: "Functional", purpose: "OCD" }
            }
            provider "AFAS" {
C591: ".secureclient" { function: "Functional", purpose: "OCD" }
C592: ".securesession" { function: "Functional", purpose: "OCD" }
C593: ".stateflags" { function: "Functional", purpose: "OCD" }
C594: ".auth" { function: "Functional", purpose: "OCD" }
            }
            provider "Pinterest" {
C661: "_pinterest_cm" { function: "Functional", purpose: "OCD" }
C662: "_pinterest_sess" { function: "Functional", purpose: "OCD" }
            }
            provider "nopCommerce" {
C671: "NopCommerce.RecentlyViewedProducts" { function: "Functional", purpose: "OCD" }
C672: "NOPCOMMERCE.AUTH" { function: "Functional", purpose: "OCD" }
            }
            provider "FeedbackCompany" {
C673: "tsrvid" { function: "Functional", purpose: "OCD" }
            }
            provider "Magento" {
C675: "product_data_storage" { function: "Functional", purpose: "OCD" }
C676: "mage-cache-sessid" { function: "Functional", purpose: "OCD" }
C677: "mage-cache-storage" { function: "Functional", purpose: "OCD" }
C678: "mage-cache-storage-section-invalidation" { function: "Functional", purpose: "OCD" }
C679: "mage-cache-timeout" { function: "Functional", purpose: "OCD" }
C680: "mage-messages" { function: "Functional", purpose: "OCD" }
C681: "mage-translation-file-version" { function: "Functional", purpose: "OCD" }
C682: "recently_compared_product" { function: "Functional", purpose: "OCD" }
C683: "recently_compared_product_previous" { function: "Functional", purpose: "OCD" }
C684: "recently_viewed_product" { function: "Functional", purpose: "OCD" }
C685: "recently_viewed_product_previous" { function: "Functional", purpose: "OCD" }
C686: "user_allowed_save_cookie" { function: "Functional", purpose: "OCD" }
C687: "external_no_cache" { function: "Functional", purpose: "OCD" }
C688: "persistent_shopping_cart" { function: "Functional", purpose: "OCD" }
C689: "stf" { function: "Functional", purpose: "OCD" }
C690: "pollN" { function: "Functional", purpose: "OCD" }
C691: "frontend" { function: "Functional", purpose: "OCD" }
C692: "guest-view" { function: "Functional", purpose: "OCD" }
C693: "mage-banners-cache-storage" { function: "Functional", purpose: "OCD" }
C694: "private_content_version" { function: "Functional", purpose: "OCD" }
C695: "X-Magento-Vary" { function: "Functional", purpose: "OCD" }
C696: "section_data_ids" { function: "Functional", purpose: "OCD" }
C697: "section_data_clean" { function: "Functional", purpose: "OCD" }
C698: "last_visited_store" { function: "Functional", purpose: "OCD" }
C699: "store" { function: "Functional", purpose: "OCD" }
C700: "login_redirect" { function: "Functional", purpose: "OCD" }
            }
            provider "Wordpress" {
C702: "wordpress_test_cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Joomla!" {
C703: "componentType" { function: "Functional", purpose: "OCD" }
C704: "componentStyle" { function: "Functional", purpose: "OCD" }
            }
            provider "OneTrust" {
C724: "OptanonConsent" { function: "Functional", purpose: "OCD" }
C725: "OptanonAlertBoxClosed" { function: "Functional", purpose: "OCD" }
C726: "OptanonControl" { function: "Functional", purpose: "OCD" }
C727: "OneTrustWPCCPAGoogleOptOut" { function: "Functional", purpose: "OCD" }
C729: "utm_key" { function: "Functional", purpose: "OCD" }
C730: "__Secure-fgpt" { function: "Functional", purpose: "OCD", secure }
            }
            provider "Channel.me" {
C735: "wwwchannelme_z_sid" { function: "Functional", purpose: "OCD" }
            }
            provider "Wix.com" {
C740: "SSR-caching" { function: "Functional", purpose: "OCD" }
C741: "smSession" { function: "Functional", purpose: "OCD" }
C743: "ForceFlashSite" { function: "Functional", purpose: "OCD" }
C744: "hs" { function: "Functional", purpose: "OCD" }
C745: "bSession" { function: "Functional", purpose: "OCD" }
C746: "TS01" { function: "Functional", purpose: "OCD" }
C747: "fedops.logger.sessionId" { function: "Functional", purpose: "OCD" }
C748: "wixLanguage" { function: "Functional", purpose: "OCD" }
C749: "_wixCIDX" { function: "Functional", purpose: "OCD" }
C750: "consent-policy" { function: "Functional", purpose: "OCD" }
C751: "client-session-bind" { function: "Functional", purpose: "OCD" }
C752: "server-session-bind" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C753: "_ab" { function: "Functional", purpose: "OCD" }
C754: "Cart" { function: "Functional", purpose: "OCD" }
C755: "cart_sig" { function: "Functional", purpose: "OCD" }
C756: "cart_ts" { function: "Functional", purpose: "OCD" }
C757: "checkout_token" { function: "Functional", purpose: "OCD" }
C758: "Secret" { function: "Functional", purpose: "OCD" }
C759: "Secure_customer_sig" { function: "Functional", purpose: "OCD" }
C760: "storefront_digest" { function: "Functional", purpose: "OCD" }
C768: "shopify_pay_redirect" { function: "Functional", purpose: "OCD" }
C769: "cart_currency" { function: "Functional", purpose: "OCD" }
C770: "dynamic_checkout_shown_on_cart" { function: "Functional", purpose: "OCD" }
C771: "keep_alive" { function: "Functional", purpose: "OCD" }
C772: "checkout_session_token" { function: "Functional", purpose: "OCD" }
C773: "cart_ver" { function: "Functional", purpose: "OCD" }
C774: "localization" { function: "Functional", purpose: "OCD" }
C775: "locale_bar_accepted" { function: "Functional", purpose: "OCD" }
C776: "_cmp_a" { function: "Functional", purpose: "OCD" }
C777: "_customer_account_shop_sessions" { function: "Functional", purpose: "OCD" }
C778: "customer_account_locale" { function: "Functional", purpose: "OCD" }
C779: "hide_shopify_pay_for_checkout" { function: "Functional", purpose: "OCD" }
C780: "master_device_id" { function: "Functional", purpose: "OCD" }
C781: "previous_step" { function: "Functional", purpose: "OCD" }
C782: "discount_code" { function: "Functional", purpose: "OCD" }
C783: "remember_me" { function: "Functional", purpose: "OCD" }
C784: "shopify_pay" { function: "Functional", purpose: "OCD" }
C785: "checkout_prefill" { function: "Functional", purpose: "OCD" }
C786: "checkout_queue_token" { function: "Functional", purpose: "OCD" }
C787: "checkout_worker_session" { function: "Functional", purpose: "OCD" }
C788: "checkout_session_token_" { function: "Functional", purpose: "OCD" }
C789: "identity-state" { function: "Functional", purpose: "OCD" }
C790: "identity-state-" { function: "Functional", purpose: "OCD" }
C791: "identity_customer_account_number" { function: "Functional", purpose: "OCD" }
C792: "card_update_verification_id" { function: "Functional", purpose: "OCD" }
C793: "customer_account_new_login" { function: "Functional", purpose: "OCD" }
C794: "customer_account_preview" { function: "Functional", purpose: "OCD" }
C795: "customer_payment_method" { function: "Functional", purpose: "OCD" }
C796: "pay_update_intent_id" { function: "Functional", purpose: "OCD" }
C797: "profile_preview_token" { function: "Functional", purpose: "OCD" }
C798: "login_with_shop_finalize" { function: "Functional", purpose: "OCD" }
C799: "preview_theme" { function: "Functional", purpose: "OCD" }
C800: "shopify-editor-unconfirmed-settings" { function: "Functional", purpose: "OCD" }
C802: "_shopify_essential_" { function: "Functional", purpose: "OCD" }
            }
            provider "Hubspot" {
C803: "__hs_opt_out" { function: "Functional", purpose: "OCD" }
C804: "__hs_do_not_track" { function: "Functional", purpose: "OCD" }
C805: "__hs_initial_opt_in" { function: "Functional", purpose: "OCD" }
C806: "hs_ab_test" { function: "Functional", purpose: "OCD" }
C807: "hs-messages-hide-welcome-message" { function: "Functional", purpose: "OCD" }
C808: "__hsmem" { function: "Functional", purpose: "OCD" }
C810: "hs_langswitcher_choice" { function: "Functional", purpose: "OCD" }
C817: "hubspotapi-prefs" { function: "Functional", purpose: "OCD" }
            }
            provider "HubSpot" {
C819: "__hs_gpc_banner_dismiss" { function: "Functional", purpose: "OCD" }
C820: "__hs_notify_banner_dismiss" { function: "Functional", purpose: "OCD" }
            }
            provider "Vimeo" {
C822: "Player" { function: "Functional", purpose: "OCD" }
C823: "continuous_play_v3" { function: "Functional", purpose: "OCD" }
            }
            provider "Stripe" {
C826: "__stripe_mid" { function: "Functional", purpose: "OCD" }
C827: "__stripe_sid" { function: "Functional", purpose: "OCD" }
C828: "m" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce" {
C829: "woocommerce_cart_hash" { function: "Functional", purpose: "OCD" }
C830: "wp_woocommerce_session_" { function: "Functional", purpose: "OCD" }
C831: "woocommerce_recently_viewed" { function: "Functional", purpose: "OCD" }
C832: "store_notice" { function: "Functional", purpose: "OCD" }
C833: "woocommerce_snooze_suggestions__" { function: "Functional", purpose: "OCD" }
C834: "woocommerce_dismissed_suggestions__" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce / Jetpack" {
C835: "tk_ai" { function: "Functional", purpose: "OCD" }
            }
            provider "Imperva" {
C845: "incap_ses_" { function: "Functional", purpose: "OCD" }
C846: "nlbi_" { function: "Functional", purpose: "OCD" }
C847: "visid_incap_" { function: "Functional", purpose: "OCD" }
            }
            provider "Spotify" {
C848: "sp_t" { function: "Functional", purpose: "OCD" }
C849: "sp_landing" { function: "Functional", purpose: "OCD" }
            }
            provider "Xandr" {
C854: "sess" { function: "Functional", purpose: "OCD" }
            }
            provider "Intershop" {
C856: "cc-" { function: "Functional", purpose: "OCD" }
C857: "pgid-org-" { function: "Functional", purpose: "OCD" }
C858: "SecureSessionID-" { function: "Functional", purpose: "OCD" }
            }
            provider "Kentico" {
C860: "CMSCookieLevel" { function: "Functional", purpose: "OCD" }
C862: "CMSPreferredCulture" { function: "Functional", purpose: "OCD" }
            }
            provider "Snapchat" {
C867: "X-AB" { function: "Functional", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C868: "_vwo_uuid_v2" { function: "Functional", purpose: "OCD" }
C869: "_vwo_uuid" { function: "Functional", purpose: "OCD" }
C870: "_vis_opt_s" { function: "Functional", purpose: "OCD" }
C871: "_vis_opt_test_cookie" { function: "Functional", purpose: "OCD" }
C872: "_vis_opt_exp_" { function: "Functional", purpose: "OCD" }
C875: "_vwo_ssm" { function: "Functional", purpose: "OCD" }
            }
            provider "ZOHO" {
C876: "zc_consent" { function: "Functional", purpose: "OCD" }
C879: "zc_cu_exp" { function: "Functional", purpose: "OCD" }
C881: "uesign" { function: "Functional", purpose: "OCD" }
            }
            provider "WhatsApp" {
C882: "wa_ul" { function: "Functional", purpose: "OCD" }
C883: "wa_lang_pref" { function: "Functional", purpose: "OCD" }
            }
            provider "Drupal CMS" {
C893: "has_js" { function: "Functional", purpose: "OCD" }
            }
            provider "SnapEngage" {
C898: "SnapABugVisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Yithemes.com" {
C901: "yith_wcwl_session_" { function: "Functional", purpose: "OCD" }
            }
            provider "NGINX Ingresss" {
C920: "INGRESSCOOKIE" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Law Info" {
C925: "cookielawinfo-checkbox-necessary" { function: "Functional", purpose: "OCD" }
C926: "cookielawinfo-checkbox-non-necessary" { function: "Functional", purpose: "OCD" }
C927: "viewed_cookie_policy" { function: "Functional", purpose: "OCD" }
C928: "cookielawinfo-checkbox-marketing" { function: "Functional", purpose: "OCD" }
C929: "cookielawinfo-checkbox-analytics" { function: "Functional", purpose: "OCD" }
C930: "cookielawinfo-checkbox-performance" { function: "Functional", purpose: "OCD" }
C931: "cookielawinfo-checkbox-others" { function: "Functional", purpose: "OCD" }
C932: "cookielawinfo-checkbox-advertisement" { function: "Functional", purpose: "OCD" }
C933: "cli_user_preference" { function: "Functional", purpose: "OCD" }
C934: "cookielawinfo-checkbox-preferences" { function: "Functional", purpose: "OCD" }
C935: "CookieLawInfoConsent" { function: "Functional", purpose: "OCD" }
            }
            provider "Sooqr" {
C948: "__sqra" { function: "Functional", purpose: "OCD" }
C949: "__sqrb" { function: "Functional", purpose: "OCD" }
C950: "__sqrc" { function: "Functional", purpose: "OCD" }
            }
            provider "Keycloak" {
C955: "KC_RESTART" { function: "Functional", purpose: "OCD" }
C956: "KC_START" { function: "Functional", purpose: "OCD" }
C957: "KEYCLOAK_IDENTITY" { function: "Functional", purpose: "OCD" }
C958: "KEYCLOAK_LOCALE" { function: "Functional", purpose: "OCD" }
C959: "KEYCLOAK_REMEMBER_ME" { function: "Functional", purpose: "OCD" }
C960: "KEYCLOAK_SESSION" { function: "Functional", purpose: "OCD" }
C961: "KC_STATE_CHECKER" { function: "Functional", purpose: "OCD" }
C962: "KC_AUTH_STATE" { function: "Functional", purpose: "OCD" }
C963: "AUTH_SESSION_ID_LEGACY" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai Botmanager" {
C964: "_abck" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai" {
C965: "AKA_A2" { function: "Functional", purpose: "OCD" }
C966: "bm_sv" { function: "Functional", purpose: "OCD" }
            }
            provider "CraftCMS" {
C968: "CraftSessionId" { function: "Functional", purpose: "OCD" }
            }
            provider "CodeIgniter" {
C969: "ci_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Livechat" {
C970: "__lc_cid" { function: "Functional", purpose: "OCD" }
C971: "__lc_cst" { function: "Functional", purpose: "OCD" }
C972: "__lc2_cid" { function: "Functional", purpose: "OCD" }
C973: "__lc2_cst" { function: "Functional", purpose: "OCD" }
C974: "__livechat" { function: "Functional", purpose: "OCD" }
            }
            provider "CakePHP" {
C980: "CAKEPHP" { function: "Functional", purpose: "OCD" }
            }
            provider "WPML" {
C981: "wp-wpml_current_language" { function: "Functional", purpose: "OCD" }
            }
            provider "Flowbox" {
C982: "_flowbox" { function: "Functional", purpose: "OCD" }
            }
            provider "Adcalls" {
C984: "acalltrackersession" { function: "Functional", purpose: "OCD" }
C986: "excludecalltracking" { function: "Functional", purpose: "OCD" }
            }
            provider "WP-Glogin" {
C988: "wordpress_google_apps_login" { function: "Functional", purpose: "OCD" }
            }
            provider "Jimdo" {
C989: "ckies_necessary" { function: "Functional", purpose: "OCD" }
C990: "ckies_performance" { function: "Functional", purpose: "OCD" }
C991: "ckies_marketing" { function: "Functional", purpose: "OCD" }
C992: "ClickAndChange" { function: "Functional", purpose: "OCD" }
            }
            provider "Polylang" {
C993: "pll_language" { function: "Functional", purpose: "OCD" }
            }
            provider "Browser-Update.org" {
C994: "browserupdateorg" { function: "Functional", purpose: "OCD" }
            }
            provider "Tawk.to Chat" {
C995: "TawkConnectionTime" { function: "Functional", purpose: "OCD" }
C997: "TawkCookie" { function: "Functional", purpose: "OCD" }
C998: "__tawkuuid" { function: "Functional", purpose: "OCD" }
            }
            provider "Squeezely" {
C1001: "sqzl_consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Belco" {
C1005: "belco-anonymous-id" { function: "Functional", purpose: "OCD" }
C1006: "belco-cookies" { function: "Functional", purpose: "OCD" }
            }
            provider "Blueconic.com" {
C1011: "BCPermissionLevel" { function: "Functional", purpose: "OCD" }
            }
            provider "CleanTalk" {
C1026: "apbct_" { function: "Functional", purpose: "OCD" }
C1027: "ct_" { function: "Functional", purpose: "OCD" }
C1028: "spbc_cookies_test" { function: "Functional", purpose: "OCD" }
C1029: "spbc_firewall_pass_key" { function: "Functional", purpose: "OCD" }
C1030: "spbc_is_logged_in" { function: "Functional", purpose: "OCD" }
C1031: "spbc_2fa_passed" { function: "Functional", purpose: "OCD" }
C1032: "spbc_timer" { function: "Functional", purpose: "OCD" }
C1033: "spbc_log_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Auth0" {
C1045: "auth0" { function: "Functional", purpose: "OCD" }
C1046: "auth0-mf" { function: "Functional", purpose: "OCD" }
C1047: "auth0-mf_compat" { function: "Functional", purpose: "OCD" }
C1048: "did" { function: "Functional", purpose: "OCD" }
C1049: "did_compat" { function: "Functional", purpose: "OCD" }
C1050: "__txn_" { function: "Functional", purpose: "OCD" }
            }
            provider "JoomlArt" {
C1053: "ja_purity_tpl" { function: "Functional", purpose: "OCD" }
C1054: "ja_purity_ii_tpl" { function: "Functional", purpose: "OCD" }
            }
            provider "f5 BIG-IP" {
C1055: "BIGipServer" { function: "Functional", purpose: "OCD" }
            }
            provider "Ezoic" {
C1056: "ezds" { function: "Functional", purpose: "OCD" }
C1058: "ezohw" { function: "Functional", purpose: "OCD" }
C1061: "ezostid_" { function: "Functional", purpose: "OCD" }
C1071: "ezoawesome_" { function: "Functional", purpose: "OCD" }
            }
            provider "Easysize.me" {
C1072: "easysize_button_loaded_for_user" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C1073: "swym-email" { function: "Functional", purpose: "OCD" }
C1074: "swym-session-id" { function: "Functional", purpose: "OCD" }
C1075: "swym-pid" { function: "Functional", purpose: "OCD" }
C1076: "swym-swymRegid" { function: "Functional", purpose: "OCD" }
C1077: "swym-cu_ct" { function: "Functional", purpose: "OCD" }
C1078: "swym-o_s" { function: "Functional", purpose: "OCD" }
C1079: "swym-instrumentMap" { function: "Functional", purpose: "OCD" }
C1080: "swym-v-ckd" { function: "Functional", purpose: "OCD" }
C1081: "swym-tpermts" { function: "Functional", purpose: "OCD" }
C1082: "swym-u_pref" { function: "Functional", purpose: "OCD" }
C1083: "swym-weml" { function: "Functional", purpose: "OCD" }
            }
            provider "PayPal" {
C1084: "enforce_policy" { function: "Functional", purpose: "OCD" }
C1085: "x-pp-s" { function: "Functional", purpose: "OCD" }
C1086: "ts" { function: "Functional", purpose: "OCD" }
C1087: "ts_c" { function: "Functional", purpose: "OCD" }
C1088: "tsrce" { function: "Functional", purpose: "OCD" }
C1089: "nsid" { function: "Functional", purpose: "OCD" }
C1090: "X-PP-SILOVER" { function: "Functional", purpose: "OCD" }
C1091: "l7_az" { function: "Functional", purpose: "OCD" }
            }
            provider "HAproxy" {
C1092: "SERVERID" { function: "Functional", purpose: "OCD" }
            }
            provider "vBulletin" {
C1097: "bbuserid" { function: "Functional", purpose: "OCD" }
C1098: "bbpassword" { function: "Functional", purpose: "OCD" }
C1099: "bbsessionhash" { function: "Functional", purpose: "OCD" }
C1100: "bbcpsessionhash" { function: "Functional", purpose: "OCD" }
C1101: "bbnp_notices_displayed" { function: "Functional", purpose: "OCD" }
C1102: "bbsitebuilder_active" { function: "Functional", purpose: "OCD" }
C1103: "bblastvisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Processwire" {
C1105: "wires" { function: "Functional", purpose: "OCD" }
C1106: "wires_challenge" { function: "Functional", purpose: "OCD" }
            }
            provider "Braze" {
C1107: "ab.storage.userId." { function: "Functional", purpose: "OCD" }
C1110: "ab.optOut" { function: "Functional", purpose: "OCD" }
C1111: "ab._gd" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C1112: "devicePixelRatio" { function: "Functional", purpose: "OCD" }
C1117: "wp-settings-" { function: "Functional", purpose: "OCD" }
C1118: "wporg_logged_in" { function: "Functional", purpose: "OCD" }
C1119: "wporg_sec" { function: "Functional", purpose: "OCD" }
C1120: "wporg_locale" { function: "Functional", purpose: "OCD" }
C1121: "welcome-" { function: "Functional", purpose: "OCD" }
C1122: "showComments" { function: "Functional", purpose: "OCD" }
C1123: "trac_form_token" { function: "Functional", purpose: "OCD" }
C1124: "trac_session" { function: "Functional", purpose: "OCD" }
C1125: "codexUserId" { function: "Functional", purpose: "OCD" }
C1126: "codexUserName" { function: "Functional", purpose: "OCD" }
C1128: "wp-saving-post" { function: "Functional", purpose: "OCD" }
C1129: "comment_author_" { function: "Functional", purpose: "OCD" }
C1130: "comment_author_url_" { function: "Functional", purpose: "OCD" }
C1131: "wp-postpass_" { function: "Functional", purpose: "OCD" }
C1132: "wp-settings-time-" { function: "Functional", purpose: "OCD" }
C1133: "tix_view_token" { function: "Functional", purpose: "OCD" }
C1134: "jetpackState" { function: "Functional", purpose: "OCD" }
C1135: "jpp_math_pass" { function: "Functional", purpose: "OCD" }
C1136: "stnojs" { function: "Functional", purpose: "OCD" }
C1988: "wp_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie First" {
C1137: "cookiefirst-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Iubenda" {
C1138: "_iub_cs-" { function: "Functional", purpose: "OCD" }
            }
            provider "Didomi" {
C1139: "didomi_token" { function: "Functional", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1140: "_global_lucky_opt_out" { function: "Functional", purpose: "OCD" }
C1141: "_lo_np_" { function: "Functional", purpose: "OCD" }
C1142: "_lo_bn" { function: "Functional", purpose: "OCD" }
C1143: "_lo_cid" { function: "Functional", purpose: "OCD" }
            }
            provider "Axeptio" {
C1148: "axeptio_authorized_vendors" { function: "Functional", purpose: "OCD" }
C1149: "axeptio_cookies" { function: "Functional", purpose: "OCD" }
C1150: "axeptio_all_vendors" { function: "Functional", purpose: "OCD" }
            }
            provider "Borlabs" {
C1151: "borlabs-cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Osano" {
C1152: "osano_consentmanager" { function: "Functional", purpose: "OCD" }
C1153: "osano_consentmanager_expdate" { function: "Functional", purpose: "OCD" }
C1154: "osano_consentmanager_uuid" { function: "Functional", purpose: "OCD" }
C1155: "cookieconsent_status" { function: "Functional", purpose: "OCD" }
C1156: "cookieconsent_page" { function: "Functional", purpose: "OCD" }
            }
            provider "Consentmanager.net" {
C1157: "__cmpconsent" { function: "Functional", purpose: "OCD" }
C1158: "__cmpiab" { function: "Functional", purpose: "OCD" }
C1159: "__cmpcvc" { function: "Functional", purpose: "OCD" }
C1160: "__cmpccc" { function: "Functional", purpose: "OCD" }
C1161: "__cmpwel" { function: "Functional", purpose: "OCD" }
C1162: "__cmpiuid" { function: "Functional", purpose: "OCD" }
C1163: "__cmpccx" { function: "Functional", purpose: "OCD" }
C1164: "__cmpcc" { function: "Functional", purpose: "OCD" }
C1165: "__cmpfcc" { function: "Functional", purpose: "OCD" }
C1166: "__cmpld" { function: "Functional", purpose: "OCD" }
C1167: "__cmpccpausps" { function: "Functional", purpose: "OCD" }
            }
            provider "Hu-manity.co" {
C1168: "hu-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Complianz" {
C1169: "complianz_policy_id" { function: "Functional", purpose: "OCD" }
C1170: "complianz_consent_status" { function: "Functional", purpose: "OCD" }
C1171: "cmplz_statistics" { function: "Functional", purpose: "OCD" }
C1172: "cmplz_preferences" { function: "Functional", purpose: "OCD" }
C1173: "cmplz_functional" { function: "Functional", purpose: "OCD" }
C1174: "cmplz_stats" { function: "Functional", purpose: "OCD" }
C1175: "cmplz_choice" { function: "Functional", purpose: "OCD" }
C1176: "cmplz_id" { function: "Functional", purpose: "OCD" }
C1177: "cmplz_user_data" { function: "Functional", purpose: "OCD" }
C1178: "cmplz_saved_services" { function: "Functional", purpose: "OCD" }
C1179: "cmplz_consented_services" { function: "Functional", purpose: "OCD" }
C1180: "cmplz_policy_id" { function: "Functional", purpose: "OCD" }
C1181: "cmplz_saved_categories" { function: "Functional", purpose: "OCD" }
            }
            provider "Digital Factory" {
C1182: "cookie_notice_accepted" { function: "Functional", purpose: "OCD" }
            }
            provider "Moove" {
C1183: "moove_gdpr_popup" { function: "Functional", purpose: "OCD" }
            }
            provider "Termly" {
C1184: "__tlbcpv" { function: "Functional", purpose: "OCD" }
C1185: "__tltpl_" { function: "Functional", purpose: "OCD" }
C1186: "__tluid" { function: "Functional", purpose: "OCD" }
            }
            provider "ShareThis" {
C1189: "pubconsent" { function: "Functional", purpose: "OCD" }
C1190: "st_optout" { function: "Functional", purpose: "OCD" }
C1192: "pxcelAcc3PC" { function: "Functional", purpose: "OCD" }
C1194: "euconsent" { function: "Functional", purpose: "OCD" }
C1195: "fpestid" { function: "Functional", purpose: "OCD" }
            }
            provider "SAP" {
C1206: "gig_canary" { function: "Functional", purpose: "OCD" }
C1207: "gig_canary_3" { function: "Functional", purpose: "OCD" }
C1208: "gig_canary_ver" { function: "Functional", purpose: "OCD" }
C1210: "glt_" { function: "Functional", purpose: "OCD" }
C1211: "gig_last_ver_" { function: "Functional", purpose: "OCD" }
C1212: "gig_loginToken_" { function: "Functional", purpose: "OCD" }
C1213: "_gig_shareUI_cb_" { function: "Functional", purpose: "OCD" }
C1215: "gig_toggles" { function: "Functional", purpose: "OCD" }
C1216: "gig3pctest" { function: "Functional", purpose: "OCD" }
C1217: "glnk" { function: "Functional", purpose: "OCD" }
C1219: "gst" { function: "Functional", purpose: "OCD" }
C1220: "GSLM_" { function: "Functional", purpose: "OCD" }
C1222: "SAML_" { function: "Functional", purpose: "OCD" }
C1223: "gltexp_" { function: "Functional", purpose: "OCD" }
C1225: "ua_" { function: "Functional", purpose: "OCD" }
            }
            provider "phpMyAdmin" {
C1243: "pmaAuth-" { function: "Functional", purpose: "OCD" }
C1244: "phpMyAdmin" { function: "Functional", purpose: "OCD" }
C1245: "pmaUser-" { function: "Functional", purpose: "OCD" }
C1246: "pma_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Plesk" {
C1247: "PLESKSESSID" { function: "Functional", purpose: "OCD" }
C1248: "plesk-items-per-page" { function: "Functional", purpose: "OCD" }
C1249: "plek-list-type" { function: "Functional", purpose: "OCD" }
C1250: "plesk-sort-field" { function: "Functional", purpose: "OCD" }
C1251: "sites-active-list-state-collapsed" { function: "Functional", purpose: "OCD" }
C1252: "lists-state" { function: "Functional", purpose: "OCD" }
            }
            provider "TYPO3" {
C1253: "fe_typo_user" { function: "Functional", purpose: "OCD" }
C1254: "be_typo_user" { function: "Functional", purpose: "OCD" }
C1255: "Typo3InstallTool" { function: "Functional", purpose: "OCD" }
C1256: "be_lastLoginProvider" { function: "Functional", purpose: "OCD" }
            }
            provider "Datadome" {
C1264: "Datadome" { function: "Functional", purpose: "OCD" }
            }
            provider "Prebid" {
C1273: "_pbjs_userid_consent_data" { function: "Functional", purpose: "OCD" }
            }
            provider "Fastclick" {
C1289: "fastclick" { function: "Functional", purpose: "OCD" }
            }
            provider "Live helper chat" {
C1292: "lhc_per" { function: "Functional", purpose: "OCD" }
C1293: "lhc_ldep" { function: "Functional", purpose: "OCD" }
C1294: "lhc_ses" { function: "Functional", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1299: "_ym_debug" { function: "Functional", purpose: "OCD" }
C1301: "_ym_hostIndex" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C1311: "_KMPage" { function: "Functional", purpose: "OCD" }
C1312: "_KnowledgePageDispatcher" { function: "Functional", purpose: "OCD" }
C1313: "_KnowledgePageFilter" { function: "Functional", purpose: "OCD" }
C1314: "_KnowledgePageFilterArticleArticleType" { function: "Functional", purpose: "OCD" }
C1315: "_KnowledgePageFilterArticlePublishStatus" { function: "Functional", purpose: "OCD" }
C1316: "_KnowledgePageFilterArticleValidationStatus" { function: "Functional", purpose: "OCD" }
C1317: "_KnowledgePageFilterLanguage" { function: "Functional", purpose: "OCD" }
C1318: "_KnowledgePageFilterMyDraftArticleType" { function: "Functional", purpose: "OCD" }
C1319: "_KnowledgePageFilterMyDraftValidationStatus" { function: "Functional", purpose: "OCD" }
C1320: "_KnowledgePageSortFieldArticle" { function: "Functional", purpose: "OCD" }
C1321: "_KnowledgePageSortFieldMyDraft" { function: "Functional", purpose: "OCD" }
C1322: "_spring_KmMlAnyoneDraftArticlesList" { function: "Functional", purpose: "OCD" }
C1323: "_spring_KmMlArchivedArticlesList" { function: "Functional", purpose: "OCD" }
C1324: "_spring_KmMlMyDraftArticlesList" { function: "Functional", purpose: "OCD" }
C1325: "_spring_KmMlMyDraftTranslationsList" { function: "Functional", purpose: "OCD" }
C1326: "_spring_KmMlPublishedArticlesList" { function: "Functional", purpose: "OCD" }
C1327: "_spring_KmMlPublishedTranslationsList" { function: "Functional", purpose: "OCD" }
C1328: "_sid" { function: "Functional", purpose: "OCD" }
C1329: "activeView" { function: "Functional", purpose: "OCD" }
C1331: "autocomplete" { function: "Functional", purpose: "OCD" }
C1332: "BAYEAX_BROWSER" { function: "Functional", purpose: "OCD" }
C1334: "caPanelState" { function: "Functional", purpose: "OCD" }
C1335: "renderCtx" { function: "Functional", purpose: "OCD" }
C1337: "force-stream" { function: "Functional", purpose: "OCD" }
C1338: "sfdc-stream" { function: "Functional", purpose: "OCD" }
C1339: "BrowserId_sec" { function: "Functional", purpose: "OCD" }
C1340: "force-proxy-stream" { function: "Functional", purpose: "OCD" }
C1341: "QCQQ" { function: "Functional", purpose: "OCD" }
C1342: "sid_Client" { function: "Functional", purpose: "OCD" }
C1344: "rsid" { function: "Functional", purpose: "OCD" }
C1345: "rsid2" { function: "Functional", purpose: "OCD" }
C1346: "RRetURL" { function: "Functional", purpose: "OCD" }
C1347: "RRetURL2" { function: "Functional", purpose: "OCD" }
C1348: "alohaEpt" { function: "Functional", purpose: "OCD" }
C1349: "clientSrc" { function: "Functional", purpose: "OCD" }
C1352: "oid" { function: "Functional", purpose: "OCD" }
C1355: "cookieSettingVerified" { function: "Functional", purpose: "OCD" }
C1356: "cordovaVersion" { function: "Functional", purpose: "OCD" }
C1357: "cqcid" { function: "Functional", purpose: "OCD" }
C1358: "csssid" { function: "Functional", purpose: "OCD" }
C1359: "csssid_Client" { function: "Functional", purpose: "OCD" }
C1361: "disco" { function: "Functional", purpose: "OCD" }
C1362: "FedAuth" { function: "Functional", purpose: "OCD" }
C1363: "gTalkCollapsed" { function: "Functional", purpose: "OCD" }
C1364: "hideDevelopmentTools" { function: "Functional", purpose: "OCD" }
C1365: "hideFilesWarningModal" { function: "Functional", purpose: "OCD" }
C1366: "hideIdentityDialog" { function: "Functional", purpose: "OCD" }
C1368: "ideaToggle" { function: "Functional", purpose: "OCD" }
C1369: "inst" { function: "Functional", purpose: "OCD" }
C1370: "iotcontextsplashdisable" { function: "Functional", purpose: "OCD" }
C1371: "lastlist" { function: "Functional", purpose: "OCD" }
C1372: "liveagent_invite_rejected_" { function: "Functional", purpose: "OCD" }
C1373: "liveagent_sid" { function: "Functional", purpose: "OCD" }
C1374: "lloopch_loid" { function: "Functional", purpose: "OCD" }
C1375: "pc-unit" { function: "Functional", purpose: "OCD" }
C1376: "PreferredLanguage" { function: "Functional", purpose: "OCD" }
C1377: "promptTestMod" { function: "Functional", purpose: "OCD" }
C1378: "redirectionWarning" { function: "Functional", purpose: "OCD" }
C1379: "schgtclose" { function: "Functional", purpose: "OCD" }
C1380: "sfdc_lv2" { function: "Functional", purpose: "OCD" }
C1381: "showNewBuilderWarningMessage" { function: "Functional", purpose: "OCD" }
C1382: "sidebarPinned" { function: "Personalization", purpose: "OCD" }
C1383: "ssostartpage" { function: "Functional", purpose: "OCD" }
C1384: "SUCSP" { function: "Functional", purpose: "OCD" }
C1385: "SUPRM" { function: "Functional", purpose: "OCD" }
C1386: "t" { function: "Functional", purpose: "OCD" }
C1387: "waveUserPrefFinderLeftNav" { function: "Personalization", purpose: "OCD" }
C1388: "waveUserPrefFinderListView" { function: "Personalization", purpose: "OCD" }
C1389: "webact" { function: "Functional", purpose: "OCD" }
C1390: "WelcomePanel" { function: "Functional", purpose: "OCD" }
C1391: "__Host-ERIC_PROD-" { function: "Functional", purpose: "OCD", secure }
C1392: "SetupDomainProbePassed" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C1396: "cookieyesID" { function: "Functional", purpose: "OCD" }
C1397: "cky-consent" { function: "Functional", purpose: "OCD" }
C1398: "cookieyes-functional" { function: "Functional", purpose: "OCD" }
C1399: "cookieyes-analytics" { function: "Functional", purpose: "OCD" }
C1400: "cookieyes-advertisement" { function: "Functional", purpose: "OCD" }
C1401: "cookieyes_privacy_policy_generator_session" { function: "Functional", purpose: "OCD" }
C1402: "cookieyes_session" { function: "Functional", purpose: "OCD" }
C1403: "cky-action" { function: "Functional", purpose: "OCD" }
C1404: "cookieyes-performance" { function: "Functional", purpose: "OCD" }
C1405: "cookieyes-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "J2EE" {
C1408: "JSESSIONID" { function: "Functional", purpose: "OCD" }
            }
            provider "SiteSpect" {
C1409: "SSLB" { function: "Functional", purpose: "OCD" }
C1410: "SSRT" { function: "Functional", purpose: "OCD" }
C1411: "SSSC" { function: "Functional", purpose: "OCD" }
            }
            provider "Wufoo" {
C1412: "ep201" { function: "Functional", purpose: "OCD" }
C1413: "ep202" { function: "Functional", purpose: "OCD" }
            }
            provider "SurveyMonkey" {
C1414: "RP_" { function: "Functional", purpose: "OCD" }
C1415: "sso_user" { function: "Functional", purpose: "OCD" }
C1416: "CX_" { function: "Functional", purpose: "OCD" }
C1417: "P_" { function: "Functional", purpose: "OCD" }
C1418: "sm_ir" { function: "Functional", purpose: "OCD" }
C1419: "sm_rec" { function: "Functional", purpose: "OCD" }
C1420: "RE_" { function: "Functional", purpose: "OCD" }
            }
            provider "Xenforo" {
C1422: "xf_consent" { function: "Functional", purpose: "OCD" }
C1424: "xf_dbWriteForced" { function: "Functional", purpose: "OCD" }
C1425: "xf_inline_mod_" { function: "Functional", purpose: "OCD" }
C1426: "xf_language_id" { function: "Functional", purpose: "OCD" }
C1427: "xf_ls" { function: "Functional", purpose: "OCD" }
C1428: "xf_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1429: "xf_push_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1430: "xf_push_subscription_updated" { function: "Functional", purpose: "OCD" }
C1431: "xf_session" { function: "Functional", purpose: "OCD" }
C1432: "xf_tfa_trust" { function: "Functional", purpose: "OCD" }
C1433: "xf_toggle" { function: "Functional", purpose: "OCD" }
C1434: "xf_user" { function: "Functional", purpose: "OCD" }
C1435: "xf_emoji_usage" { function: "Functional", purpose: "OCD" }
C1436: "xf_from_search" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Script" {
C1444: "CookieScriptConsent" { function: "Functional", purpose: "OCD" }
            }
            provider "Rack" {
C1445: "rack.session" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C1447: "xbc" { function: "Functional", purpose: "OCD" }
C1448: "__tbc" { function: "Functional", purpose: "OCD" }
C1449: "__pls" { function: "Functional", purpose: "OCD" }
C1450: "__tac" { function: "Functional", purpose: "OCD" }
C1457: "pnespsdk_ssn" { function: "Functional", purpose: "OCD" }
C1458: "__utp" { function: "Functional", purpose: "OCD" }
C1459: "__pil" { function: "Functional", purpose: "OCD" }
C1460: "__pid" { function: "Functional", purpose: "OCD" }
C1461: "__idr" { function: "Functional", purpose: "OCD" }
C1462: "__eea" { function: "Functional", purpose: "OCD" }
C1463: "__code" { function: "Functional", purpose: "OCD" }
C1464: "__bid" { function: "Functional", purpose: "OCD" }
C1465: "__ut" { function: "Functional", purpose: "OCD" }
C1467: "__pnahc" { function: "Functional", purpose: "OCD" }
C1468: "LANG" { function: "Functional", purpose: "OCD" }
C1469: "LANG_CHANGED" { function: "Functional", purpose: "OCD" }
C1470: "_pctx" { function: "Functional", purpose: "OCD" }
C1471: "_pprv" { function: "Functional", purpose: "OCD" }
C1472: "_pcid" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightspeed" {
C1486: "COOKIELAW_ADS" { function: "Functional", purpose: "OCD" }
C1487: "COOKIELAW_SOCIAL" { function: "Functional", purpose: "OCD" }
C1488: "COOKIELAW_STATS" { function: "Functional", purpose: "OCD" }
            }
            provider "Civic" {
C1494: "CookieControl" { function: "Functional", purpose: "OCD" }
C1495: "HACIVICLB" { function: "Functional", purpose: "OCD" }
C1496: "HACIVIC" { function: "Functional", purpose: "OCD" }
C1497: "HAAPPLB" { function: "Functional", purpose: "OCD" }
            }
            provider "Perl" {
C1505: "CGISESSID" { function: "Functional", purpose: "OCD" }
            }
            provider "Citrix" {
C1513: "NSC_" { function: "Functional", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1517: "loginnotify_prevlogins" { function: "Functional", purpose: "OCD" }
C1518: "stopMobileRedirect" { function: "Functional", purpose: "OCD" }
            }
            provider "Viafoura" {
C1648: "_vf_rd_test" { function: "Functional", purpose: "OCD" }
C1649: "VfSess" { function: "Functional", purpose: "OCD" }
C1650: "VfRefresh" { function: "Functional", purpose: "OCD" }
C1651: "VfAccess" { function: "Functional", purpose: "OCD" }
C1652: "vfThirdpartyCookiesEnabled" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C1678: "connect.sid" { function: "Functional", purpose: "OCD" }
C1679: "_zendesk_cookie" { function: "Functional", purpose: "OCD" }
C1680: "zte2095" { function: "Functional", purpose: "OCD" }
C1681: "__zlcprivacy" { function: "Functional", purpose: "OCD" }
C1682: "_answer_bot_service_session" { function: "Functional", purpose: "OCD" }
C1683: "ZD-zE_oauth" { function: "Functional", purpose: "OCD" }
C1684: "_zendesk_session" { function: "Functional", purpose: "OCD" }
C1685: "zendesk_thirdparty_test" { function: "Functional", purpose: "OCD" }
C1686: "_zendesk_shared_session" { function: "Functional", purpose: "OCD" }
C1687: "_zendesk_authenticated" { function: "Functional", purpose: "OCD" }
C1688: "_help_center_session" { function: "Functional", purpose: "OCD" }
C1689: "help_center_data" { function: "Functional", purpose: "OCD" }
C1691: "_zendesk_nps_session" { function: "Functional", purpose: "OCD" }
C1692: "ZD-settings" { function: "Functional", purpose: "OCD" }
C1694: "ZD-store" { function: "Functional", purpose: "OCD" }
C1695: "ZD-widgetOpen" { function: "Functional", purpose: "OCD" }
C1696: "ZD-launcherLabelRemoved" { function: "Functional", purpose: "OCD" }
C1697: "_zdsession_talk_embeddables_service" { function: "Functional", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1698: "RT" { function: "Functional", purpose: "OCD" }
            }
            provider "Twitch" {
C1706: "api_token" { function: "Functional", purpose: "OCD" }
C1707: "unique_id" { function: "Functional", purpose: "OCD" }
C1708: "unique_id_durable" { function: "Functional", purpose: "OCD" }
C1709: "session_unique_id" { function: "Functional", purpose: "OCD" }
C1710: "server_session_id" { function: "Functional", purpose: "OCD" }
C1711: "twitch.lohp.countryCode" { function: "Functional", purpose: "OCD" }
C1712: "auth-token" { function: "Functional", purpose: "OCD" }
C1713: "enable-compact-scene-listing" { function: "Functional", purpose: "OCD" }
C1714: "videoChat.notice_dismissed" { function: "Functional", purpose: "OCD" }
C1715: "chat_rules_shown" { function: "Functional", purpose: "OCD" }
C1716: "device_id" { function: "Functional", purpose: "OCD" }
C1717: "referrer_url" { function: "Functional", purpose: "OCD" }
C1718: "sentry_device_id" { function: "Functional", purpose: "OCD" }
C1719: "session_storage_last_visited_twitch_url" { function: "Functional", purpose: "OCD" }
C1720: "local_storage_app_session_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1734: "ce_login" { function: "Functional", purpose: "OCD" }
C1735: "ce_signup_flow" { function: "Functional", purpose: "OCD" }
C1737: "ceac" { function: "Functional", purpose: "OCD" }
C1738: "cean" { function: "Functional", purpose: "OCD" }
C1739: "celi" { function: "Functional", purpose: "OCD" }
C1740: "cean_assoc" { function: "Functional", purpose: "OCD" }
C1741: "first_snapshot_url" { function: "Functional", purpose: "OCD" }
C1742: "sharing_" { function: "Functional", purpose: "OCD" }
C1743: "ce_sid" { function: "Functional", purpose: "OCD" }
C1744: "cecu" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightbox CDN" {
C1745: "TiPMix" { function: "Functional", purpose: "OCD" }
C1746: "x-ms-routing-name" { function: "Functional", purpose: "OCD" }
            }
            provider "Wistia" {
C1747: "_distillery" { function: "Functional", purpose: "OCD" }
C1748: "muxData" { function: "Functional", purpose: "OCD" }
C1749: "wistia-http2-push-disabled" { function: "Functional", purpose: "OCD" }
C1750: "wistia-video-progress-" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1763: "DYID" { function: "Functional", purpose: "OCD" }
C1764: "_dyid" { function: "Functional", purpose: "OCD" }
C1765: "_dyid_server" { function: "Functional", purpose: "OCD" }
C1766: "DYSES" { function: "Functional", purpose: "OCD" }
C1767: "_dyjsession" { function: "Functional", purpose: "OCD" }
C1770: "_dycnst" { function: "Functional", purpose: "OCD" }
C1771: "_dy_lu_ses" { function: "Functional", purpose: "OCD" }
C1774: "_dy_ses_load_seq" { function: "Functional", purpose: "OCD" }
C1775: "_dy_soct" { function: "Functional", purpose: "OCD" }
C1776: "_dy_toffset" { function: "Functional", purpose: "OCD" }
C1777: "dy_fs_page" { function: "Functional", purpose: "OCD" }
            }
            provider "Instagram" {
C1785: "mid" { function: "Functional", purpose: "OCD" }
            }
            provider "Parse.ly" {
C1790: "_parsely_visitor" { function: "Functional", purpose: "OCD" }
C1791: "_parsely_tpa_blocked" { function: "Functional", purpose: "OCD" }
C1792: "_parsely_slot_click" { function: "Functional", purpose: "OCD" }
C1793: "_parsely_session" { function: "Functional", purpose: "OCD" }
C1794: "test" { function: "Functional", purpose: "OCD" }
            }
            provider "Codepen" {
C1795: "__editor_layout" { function: "Functional", purpose: "OCD" }
C1796: "codepen_signup_referrer" { function: "Functional", purpose: "OCD" }
C1797: "codepen_signup_referrer_date" { function: "Functional", purpose: "OCD" }
            }
            provider "GitHub" {
C1844: "app_manifest_token" { function: "Functional", purpose: "OCD" }
C1845: "color_mode" { function: "Functional", purpose: "OCD" }
C1846: "_device_id" { function: "Functional", purpose: "OCD" }
C1847: "dotcom_user" { function: "Functional", purpose: "OCD" }
C1848: "enterprise_trial_redirect_to" { function: "Functional", purpose: "OCD" }
C1849: "fileTreeExpanded" { function: "Functional", purpose: "OCD" }
C1850: "ghcc" { function: "Functional", purpose: "OCD" }
C1851: "_gh_ent" { function: "Functional", purpose: "OCD" }
C1852: "_gh_sess" { function: "Functional", purpose: "OCD" }
C1853: "gist_user_session" { function: "Functional", purpose: "OCD" }
C1854: "has_recent_activity" { function: "Functional", purpose: "OCD" }
C1855: "__Host-gist_user_session_same_site" { function: "Functional", purpose: "OCD", secure }
C1856: "__Host-user_session_same_site" { function: "Functional", purpose: "OCD", secure }
C1857: "marketplace_repository_ids" { function: "Functional", purpose: "OCD" }
C1858: "marketplace_suggested_target_id" { function: "Functional", purpose: "OCD" }
C1860: "org_transform_notice" { function: "Functional", purpose: "OCD" }
C1861: "private_mode_user_session" { function: "Functional", purpose: "OCD" }
C1863: "saml_return_to" { function: "Functional", purpose: "OCD" }
C1864: "show_cookie_banner" { function: "Functional", purpose: "OCD" }
C1865: "tz" { function: "Functional", purpose: "OCD" }
C1866: "user_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Convert Insights" {
C1872: "_conv_r" { function: "Functional", purpose: "OCD" }
C1873: "_conv_s" { function: "Functional", purpose: "OCD" }
C1874: "_conv_v" { function: "Functional", purpose: "OCD" }
            }
            provider "Qualtrics" {
C1887: "QSI_S_" { function: "Functional", purpose: "OCD" }
C1888: "QST" { function: "Functional", purpose: "OCD" }
C1889: "QSIPopUnder_PopUnderTarget_SI_" { function: "Functional", purpose: "OCD" }
C1890: "QSI_CT" { function: "Functional", purpose: "OCD" }
C1891: "QSI_DATA" { function: "Functional", purpose: "OCD" }
C1892: "QSI_ReplaySession_Throttled_" { function: "Functional", purpose: "OCD" }
C1893: "QSI_ReplaySession_SampledOut_" { function: "Functional", purpose: "OCD" }
            }
            provider "RD Station" {
C1901: "_form_fields" { function: "Functional", purpose: "OCD" }
            }
            provider "Next" {
C1909: "NEXT_LOCALE" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynatrace" {
C1917: "b925d32c" { function: "Functional", purpose: "OCD" }
C1918: "ssoCSRFCookie" { function: "Functional", purpose: "OCD" }
C1919: "p23mn32t" { function: "Functional", purpose: "OCD" }
C1920: "l34kn6no" { function: "Functional", purpose: "OCD" }
C1921: "a69k21bb" { function: "Functional", purpose: "OCD" }
C1922: "cgq80xhu" { function: "Functional", purpose: "OCD" }
C1923: "72ddbc27" { function: "Functional", purpose: "OCD" }
C1924: "kj76fg4h" { function: "Functional", purpose: "OCD" }
            }
            provider "Command Act" {
C1928: "tc_test_cookie" { function: "Functional", purpose: "OCD" }
C1929: "TCIPD" { function: "Functional", purpose: "OCD" }
C1930: "TC_PRIVACY" { function: "Functional", purpose: "OCD" }
C1931: "TC_PRIVACY_CENTER" { function: "Functional", purpose: "OCD" }
C1932: "TC_OUTPUT_categories" { function: "Functional", purpose: "OCD" }
C1936: "tc_sample_" { function: "Functional", purpose: "OCD" }
C1938: "TC_CHECK_COOKIES_SUPPORT" { function: "Functional", purpose: "OCD" }
C1944: "FDLBFIRSTAPI" { function: "Functional", purpose: "OCD" }
C1945: "FDLBFIRSTDATA" { function: "Functional", purpose: "OCD" }
C1946: "FDLBFIRSTCAMPAIGN" { function: "Functional", purpose: "OCD" }
C1947: "FDLBFIRSTCAMPAIGNEF" { function: "Functional", purpose: "OCD" }
C1948: "FDLBCAMPAIGNCDOM" { function: "Functional", purpose: "OCD" }
C1949: "FDLBFIRSTTMS" { function: "Functional", purpose: "OCD" }
C1950: "FDLBFIRSTCMP" { function: "Functional", purpose: "OCD" }
C1951: "FDLBFIRST" { function: "Functional", purpose: "OCD" }
C1952: "FDLBCTLY" { function: "Functional", purpose: "OCD" }
C1953: "FDLBFIRSTEVENTS" { function: "Functional", purpose: "OCD" }
C1954: "tc_caids" { function: "Functional", purpose: "OCD" }
C1955: "tc_ss" { function: "Functional", purpose: "OCD" }
            }
            provider "Permutive" {
C1957: "pxid" { function: "Functional", purpose: "OCD" }
C1958: "permutive-id" { function: "Functional", purpose: "OCD" }
            }
            provider "Typeform" {
C1962: "tf_respondent_cc" { function: "Functional", purpose: "OCD" }
            }
            provider "PrivacyPillar" {
C1970: "privacypillar-google-consent" { function: "Functional", purpose: "OCD" }
C1971: "privacypillar-cookie-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Adyen" {
C1974: "_rp_uid" { function: "Functional", purpose: "OCD" }
            }
            provider "AWS Cookies Popup" {
C1975: "aw_popup_viewed_page" { function: "Functional", purpose: "OCD" }
            }
            provider "NextAuth.js" {
C1976: "__Secure-next-auth.callback-url" { function: "Functional", purpose: "OCD", secure }
C1977: "__Host-next-auth.csrf-token" { function: "Functional", purpose: "OCD", secure }
            }
            provider "Enzuzo" {
C1978: "cookies-functional" { function: "Functional", purpose: "OCD" }
C1979: "cookies-marketing" { function: "Functional", purpose: "OCD" }
C1980: "cookies-preferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Devise (Ruby on Rails)" {
C1989: "remember_user_token" { function: "Functional", purpose: "OCD" }
            }
            provider "Next.js" {
C1991: "__next_" { function: "Functional", purpose: "OCD" }
            }
            provider "Drift" {
C1994: "drift_" { function: "Functional", purpose: "OCD" }
            }
            provider "Tawk.to" {
C1995: "tawk_" { function: "Functional", purpose: "OCD" }
            }
            provider "LiveChat" {
C1996: "lc_" { function: "Functional", purpose: "OCD" }
            }
        }
        statistics {
            provider "Google Tag Manager" {
C1: "td" { function: "Analytics", purpose: "OCD" }
            }
            provider "Google Analytics" {
C14: "_ga" { function: "Analytics", purpose: "OCD" }
C15: "_gali" { function: "Analytics", purpose: "OCD" }
C16: "_ga_" { function: "Analytics", purpose: "OCD" }
C17: "_gid" { function: "Analytics", purpose: "OCD" }
C18: "_gat" { function: "Analytics", purpose: "OCD" }
C19: "_dc_gtm_" { function: "Analytics", purpose: "OCD" }
C20: "_gat_gtag_" { function: "Analytics", purpose: "OCD" }
C22: "__utma" { function: "Analytics", purpose: "OCD" }
C23: "__utmb" { function: "Analytics", purpose: "OCD" }
C24: "__utmc" { function: "Analytics", purpose: "OCD" }
C25: "__utmz" { function: "Analytics", purpose: "OCD" }
C26: "__utmv" { function: "Analytics", purpose: "OCD" }
C27: "__utmx" { function: "Analytics", purpose: "OCD" }
C28: "__utmxx" { function: "Analytics", purpose: "OCD" }
C30: "FPID" { function: "Analytics", purpose: "OCD" }
C31: "FPLC" { function: "Analytics", purpose: "OCD" }
            }
            provider "Google Optimize" {
C39: "_opt_awkid" { function: "Analytics", purpose: "OCD" }
C40: "_opt_awgid" { function: "Analytics", purpose: "OCD" }
C41: "_opt_awmid" { function: "Analytics", purpose: "OCD" }
C42: "_gaexp_rc" { function: "Analytics", purpose: "OCD" }
C43: "_opt_awcid" { function: "Analytics", purpose: "OCD" }
C45: "_opt_expid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Google" {
C104: "FCCDCF" { function: "Analytics", purpose: "OCD" }
C105: "FCNEC" { function: "Analytics", purpose: "OCD" }
            }
            provider "comScore" {
C125: "C1" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C126: "s_cc" { function: "Analytics", purpose: "OCD" }
C127: "s_sq" { function: "Analytics", purpose: "OCD" }
C128: "s_vi" { function: "Analytics", purpose: "OCD" }
C129: "s_fid" { function: "Analytics", purpose: "OCD" }
C130: "fid" { function: "Analytics", purpose: "OCD" }
C132: "s_ppv" { function: "Analytics", purpose: "OCD" }
C133: "s_tp" { function: "Analytics", purpose: "OCD" }
            }
            provider "Microsoft" {
C260: "_clck" { function: "Analytics", purpose: "OCD" }
C261: "_clsk" { function: "Analytics", purpose: "OCD" }
C262: "CLID" { function: "Analytics", purpose: "OCD" }
C263: "MicrosoftApplicationsTelemetryDeviceId" { function: "Analytics", purpose: "OCD" }
C267: "X-FD-FEATURES" { function: "Analytics", purpose: "OCD" }
C268: "X-FD-Time" { function: "Analytics", purpose: "OCD" }
            }
            provider "Inspectlet" {
C289: "__insp_pad" { function: "Analytics", purpose: "OCD" }
C290: "__insp_sid" { function: "Analytics", purpose: "OCD" }
C291: "__insp_ref" { function: "Analytics", purpose: "OCD" }
C292: "__insp_scpt" { function: "Analytics", purpose: "OCD" }
C293: "__insp_nv" { function: "Analytics", purpose: "OCD" }
C294: "__insp_wid" { function: "Analytics", purpose: "OCD" }
C295: "__insp_uid" { function: "Analytics", purpose: "OCD" }
C606: "__insp_norec_sess" { function: "Analytics", purpose: "OCD" }
C607: "__insp_slim" { function: "Analytics", purpose: "OCD" }
C608: "__insp_targlpt" { function: "Analytics", purpose: "OCD" }
C609: "__insp_targlpu" { function: "Analytics", purpose: "OCD" }
            }
            provider "Indeed" {
C296: "ctkgen" { function: "Analytics", purpose: "OCD" }
C298: "jasx_pool_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "Abovo Media" {
C299: "tv_spot_tracker" { function: "Analytics", purpose: "OCD" }
            }
            provider "Hotjar" {
C335: "_hjHasCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
C336: "_hjid" { function: "Analytics", purpose: "OCD" }
C337: "hj_visitor" { function: "Analytics", purpose: "OCD" }
C338: "_hjIncludedInSample" { function: "Analytics", purpose: "OCD" }
C339: "_hjClosedSurveyInvites" { function: "Analytics", purpose: "OCD" }
C340: "_hjDonePolls" { function: "Analytics", purpose: "OCD" }
C341: "_hjDoneTestersWidgets" { function: "Analytics", purpose: "OCD" }
C342: "_hjMinimizedTestersWidgets" { function: "Analytics", purpose: "OCD" }
C343: "_hjShownFeedbackMessage" { function: "Analytics", purpose: "OCD" }
C346: "_hjCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oracle" {
C365: "ELOQUA" { function: "Analytics", purpose: "OCD" }
C366: "ELQSTATUS" { function: "Analytics", purpose: "OCD" }
            }
            provider "LinkedIn" {
C383: "AnalyticsSyncHistory" { function: "Analytics", purpose: "OCD" }
C384: "ln_or" { function: "Analytics", purpose: "OCD" }
C391: "l_page" { function: "Analytics", purpose: "OCD" }
C435: "queryString" { function: "Analytics", purpose: "OCD" }
C436: "VID" { function: "Analytics", purpose: "OCD" }
C438: "sharebox-suggestion" { function: "Analytics", purpose: "OCD" }
C439: "li_cc" { function: "Analytics", purpose: "OCD" }
C440: "lss_bundle_viewer" { function: "Analytics", purpose: "OCD" }
C441: "interstitial_page_reg_oauth_url" { function: "Analytics", purpose: "OCD" }
C442: "df_ts" { function: "Analytics", purpose: "OCD" }
C443: "li_feed_xray" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oribi" {
C444: "oribi_cookie_test" { function: "Analytics", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C453: "aws-target-visitor-id" { function: "Analytics", purpose: "OCD" }
            }
            provider "PubMatic" {
C482: "f5_cspm" { function: "Analytics", purpose: "OCD" }
            }
            provider "Smartadserver" {
C547: "vs" { function: "Analytics", purpose: "OCD" }
            }
            provider "Taboola" {
C573: "abLdr" { function: "Analytics", purpose: "OCD" }
C574: "abMbl" { function: "Analytics", purpose: "OCD" }
C575: "tb_click_param" { function: "Analytics", purpose: "OCD" }
            }
            provider "Picreel" {
C598: "picreel_tracker__visited" { function: "Analytics", purpose: "OCD" }
C599: "picreel_tracker__first_visit" { function: "Analytics", purpose: "OCD" }
C600: "picreel_tracker__page_views" { function: "Analytics", purpose: "OCD" }
C601: "picreel_new_price" { function: "Analytics", purpose: "OCD" }
            }
            provider "Trustpilot" {
C602: "__auc" { function: "Analytics", purpose: "OCD" }
C603: "ajs_anonymous_id" { function: "Analytics", purpose: "OCD" }
C604: "ajs_group_id" { function: "Analytics", purpose: "OCD" }
C605: "__asc" { function: "Analytics", purpose: "OCD" }
            }
            provider "Matomo" {
C709: "_pk_id" { function: "Analytics", purpose: "OCD" }
C710: "_pk_ref" { function: "Analytics", purpose: "OCD" }
C711: "_pk_ses" { function: "Analytics", purpose: "OCD" }
C712: "_pk_cvar" { function: "Analytics", purpose: "OCD" }
C713: "_pk_hsr" { function: "Analytics", purpose: "OCD" }
C714: "_pk_testcookie" { function: "Analytics", purpose: "OCD" }
C715: "mtm_consent" { function: "Analytics", purpose: "OCD" }
C716: "mtm_cookie_consent" { function: "Analytics", purpose: "OCD" }
C717: "matomo_ignore" { function: "Analytics", purpose: "OCD" }
C718: "matomo_sessid" { function: "Analytics", purpose: "OCD" }
            }
            provider "WePublish" {
C722: "_wepublishGa" { function: "Analytics", purpose: "OCD" }
C723: "_wepublishGa_gid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Shopify" {
C763: "_y" { function: "Analytics", purpose: "OCD" }
C764: "tracked_start_checkout" { function: "Analytics", purpose: "OCD" }
C765: "ki_r" { function: "Analytics", purpose: "OCD" }
C766: "ki_t" { function: "Analytics", purpose: "OCD" }
C767: "_Brochure_session" { function: "Analytics", purpose: "OCD" }
C801: "shop_analytics" { function: "Analytics", purpose: "OCD" }
            }
            provider "Vimeo" {
C821: "vuid" { function: "Analytics", purpose: "OCD" }
C824: "sd_identity" { function: "Analytics", purpose: "OCD" }
C825: "sd_client_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "WooCommerce" {
C836: "sbjs_session" { function: "Analytics", purpose: "OCD" }
C837: "sbjs_udata" { function: "Analytics", purpose: "OCD" }
C838: "sbjs_first" { function: "Analytics", purpose: "OCD" }
C839: "sbjs_current" { function: "Analytics", purpose: "OCD" }
C840: "sbjs_first_add" { function: "Analytics", purpose: "OCD" }
C841: "sbjs_migrations" { function: "Analytics", purpose: "OCD" }
            }
            provider "Xandr" {
C852: "usersync" { function: "Analytics", purpose: "OCD" }
C853: "pses" { function: "Analytics", purpose: "OCD" }
            }
            provider "Kentico" {
C861: "CMSLandingPageLoaded" { function: "Analytics", purpose: "OCD" }
C863: "CMSUserPage" { function: "Analytics", purpose: "OCD" }
C864: "VisitorStatus" { function: "Analytics", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C873: "_vwo_sn" { function: "Analytics", purpose: "OCD" }
C874: "_vwo_ds" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piwik" {
C937: "stg_traffic_source_priority" { function: "Analytics", purpose: "OCD" }
C938: "stg_last_interaction" { function: "Analytics", purpose: "OCD" }
C939: "stg_returning_visitor" { function: "Analytics", purpose: "OCD" }
C940: "stg_externalReferrer" { function: "Analytics", purpose: "OCD" }
C941: "_pk_id." { function: "Analytics", purpose: "OCD" }
C942: "_pk_ses." { function: "Analytics", purpose: "OCD" }
C943: "ppms_privacy_" { function: "Analytics", purpose: "OCD" }
C944: "stg_fired__" { function: "Analytics", purpose: "OCD" }
C945: "stg_utm_campaign" { function: "Analytics", purpose: "OCD" }
C946: "stg_pk_campaign" { function: "Analytics", purpose: "OCD" }
C947: "stg_global_opt_out" { function: "Analytics", purpose: "OCD" }
            }
            provider "Siteimprove" {
C951: "nmstat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Snowplow" {
C952: "sp" { function: "Analytics", purpose: "OCD" }
C953: "_sp_id." { function: "Analytics", purpose: "OCD" }
C954: "_sp_ses." { function: "Analytics", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C975: "BVBRANDID" { function: "Analytics", purpose: "OCD" }
C976: "BVBRANDSID" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adcalls" {
C985: "acalltrackerreferrer" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tawk.to Chat" {
C996: "tawkUUID" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABTasty" {
C1007: "ABTasty" { function: "Analytics", purpose: "OCD" }
C1008: "ABTastySession" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mopinion.com" {
C1020: "Pastease.passive.activated" { function: "Analytics", purpose: "OCD" }
C1021: "Pastease.passive.chance" { function: "Analytics", purpose: "OCD" }
            }
            provider "Weborama" {
C1022: "AFFICHE_W" { function: "Analytics", purpose: "OCD" }
            }
            provider "Algolia" {
C1035: "_ALGOLIA" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ahoy" {
C1043: "ahoy_visit" { function: "Analytics", purpose: "OCD" }
C1044: "ahoy_visitor" { function: "Analytics", purpose: "OCD" }
            }
            provider "AT Internet" {
C1051: "atidvisitor" { function: "Analytics", purpose: "OCD" }
C1052: "atuserid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ezoic" {
C1057: "ezoadgid_" { function: "Analytics", purpose: "OCD" }
C1059: "ezopvc_" { function: "Analytics", purpose: "OCD" }
C1060: "ezoref_" { function: "Analytics", purpose: "OCD" }
C1064: "ezouid_" { function: "Analytics", purpose: "OCD" }
C1065: "ezovid_" { function: "Analytics", purpose: "OCD" }
C1066: "ezovuuid_" { function: "Analytics", purpose: "OCD" }
C1067: "ezovuuidtime_" { function: "Analytics", purpose: "OCD" }
C1068: "ezux_et_" { function: "Analytics", purpose: "OCD" }
C1069: "ezux_lpl_" { function: "Analytics", purpose: "OCD" }
C1070: "ezux_tos_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Braze" {
C1108: "ab.storage.sessionId." { function: "Analytics", purpose: "OCD" }
C1109: "ab.storage.deviceId." { function: "Analytics", purpose: "OCD" }
            }
            provider "WordPress" {
C1113: "tk_qs" { function: "Analytics", purpose: "OCD" }
C1115: "tk_r3d" { function: "Analytics", purpose: "OCD" }
C1116: "tk_tc" { function: "Analytics", purpose: "OCD" }
C1127: "camptix_client_stats" { function: "Analytics", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1144: "_lo_uid" { function: "Analytics", purpose: "OCD" }
C1145: "_lo_rid" { function: "Analytics", purpose: "OCD" }
C1146: "_lo_v" { function: "Analytics", purpose: "OCD" }
C1147: "__lotl" { function: "Analytics", purpose: "OCD" }
            }
            provider "ShareThis" {
C1187: "__stid" { function: "Analytics", purpose: "OCD" }
C1191: "pxcelBcnLcy" { function: "Analytics", purpose: "OCD" }
C1193: "pxcelPage" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mailchimp" {
C1228: "mc_eid" { function: "Analytics", purpose: "OCD" }
C1229: "mc_landing_site" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adhese" {
C1235: "adhese2" { function: "Analytics", purpose: "OCD" }
            }
            provider "Chartbeat" {
C1262: "_chartbeat" { function: "Analytics", purpose: "OCD" }
C1263: "_SUPERFLY_nosample" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1295: "_ym_metrika_enabled" { function: "Analytics", purpose: "OCD" }
C1296: "_ym_uid" { function: "Analytics", purpose: "OCD" }
C1297: "_ym_d" { function: "Analytics", purpose: "OCD" }
C1298: "yabs-sid" { function: "Analytics", purpose: "OCD" }
C1300: "_ym_visorc_" { function: "Analytics", purpose: "OCD" }
C1302: "yandexuid" { function: "Analytics", purpose: "OCD" }
C1303: "yuidss" { function: "Analytics", purpose: "OCD" }
C1304: "ymex" { function: "Analytics", purpose: "OCD" }
C1305: "usst" { function: "Analytics", purpose: "OCD" }
C1306: "is_gdpr_b" { function: "Analytics", purpose: "OCD" }
C1307: "yabs-vdrf" { function: "Analytics", purpose: "OCD" }
C1308: "bh" { function: "Analytics", purpose: "OCD" }
C1309: "_yasc" { function: "Analytics", purpose: "OCD" }
C1310: "yashr" { function: "Analytics", purpose: "OCD" }
            }
            provider "Salesforce" {
C1330: "auraBrokenDefGraph" { function: "Analytics", purpose: "OCD" }
C1333: "calViewState" { function: "Analytics", purpose: "OCD" }
C1336: "pctrk" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piano" {
C1446: "pa_user" { function: "Analytics", purpose: "OCD" }
C1452: "cX_P" { function: "Analytics", purpose: "OCD" }
C1455: "pnespsdk_push_subscription_added" { function: "Analytics", purpose: "OCD" }
C1466: "__pat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dotmetrics" {
C1473: "DotMetrics.SessionCookieTemp" { function: "Analytics", purpose: "OCD" }
C1474: "DotMetrics.UniqueUserIdentityCookie" { function: "Analytics", purpose: "OCD" }
C1475: "DotMetrics.DeviceKey" { function: "Analytics", purpose: "OCD" }
C1476: "DotMetrics.SessionCookieTempTimed" { function: "Analytics", purpose: "OCD" }
            }
            provider "Gemius" {
C1478: "__gfp_64b" { function: "Analytics", purpose: "OCD" }
C1479: "__gfp_s_64b" { function: "Analytics", purpose: "OCD" }
C1480: "Gdyn" { function: "Analytics", purpose: "OCD" }
            }
            provider "Duda" {
C1489: "dm_timezone_offset" { function: "Analytics", purpose: "OCD" }
C1490: "dm_last_visit" { function: "Analytics", purpose: "OCD" }
C1491: "dm_total_visits" { function: "Analytics", purpose: "OCD" }
C1492: "dm_last_page_view" { function: "Analytics", purpose: "OCD" }
C1493: "dm_this_page_view" { function: "Analytics", purpose: "OCD" }
            }
            provider "Intercom" {
C1498: "intercom-id-" { function: "Analytics", purpose: "OCD" }
C1499: "intercom-session-" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mixpanel" {
C1500: "mp_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Beslist.nl" {
C1501: "client_bslstaid" { function: "Analytics", purpose: "OCD" }
C1502: "client_bslstmatch" { function: "Analytics", purpose: "OCD" }
C1503: "client_bslstsid" { function: "Analytics", purpose: "OCD" }
C1504: "client_bslstuid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1516: "WMF-Last-Access" { function: "Analytics", purpose: "OCD" }
C1519: "centralnotice_bucket" { function: "Analytics", purpose: "OCD" }
C1520: "GeoIP" { function: "Analytics", purpose: "OCD" }
C1521: "NetWorkProbeLimit" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABlyft" {
C1523: "ablyft_exps" { function: "Analytics", purpose: "OCD" }
C1524: "ablyft_queue" { function: "Analytics", purpose: "OCD" }
C1525: "ablyft_uvs" { function: "Analytics", purpose: "OCD" }
C1526: "ablyft_tracking_consent" { function: "Analytics", purpose: "OCD" }
            }
            provider "Bit.ly" {
C1628: "_bit" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yieldmo" {
C1631: "yieldmo_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "Viafoura" {
C1646: "_vfa" { function: "Analytics", purpose: "OCD" }
C1647: "_vfb" { function: "Analytics", purpose: "OCD" }
            }
            provider "Marfeel" {
C1660: "_ut" { function: "Analytics", purpose: "OCD" }
C1661: "_s" { function: "Analytics", purpose: "OCD" }
C1662: "_lv" { function: "Analytics", purpose: "OCD" }
C1663: "_nrbi" { function: "Analytics", purpose: "OCD" }
C1664: "compass_sid" { function: "Analytics", purpose: "OCD" }
C1665: "compass_uid" { function: "Analytics", purpose: "OCD" }
C1666: "___m_rec" { function: "Analytics", purpose: "OCD" }
            }
            provider "Zendesk" {
C1690: "_zdshared_user_session_analytics" { function: "Analytics", purpose: "OCD" }
C1693: "ZD-suid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1701: "TATravelInfo" { function: "Analytics", purpose: "OCD" }
C1702: "TAUnique" { function: "Analytics", purpose: "OCD" }
C1703: "TAReturnTo" { function: "Analytics", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1721: "_ceir" { function: "Analytics", purpose: "OCD" }
C1722: "_CEFT" { function: "Analytics", purpose: "OCD" }
C1723: "_cer.v" { function: "Analytics", purpose: "OCD" }
C1724: "_ce.s" { function: "Analytics", purpose: "OCD" }
C1725: "_ce.cch" { function: "Analytics", purpose: "OCD" }
C1726: "_ce.gtld" { function: "Analytics", purpose: "OCD" }
C1727: "ce_successful_csp_check" { function: "Analytics", purpose: "OCD" }
C1728: "cebsp_" { function: "Analytics", purpose: "OCD" }
C1729: "_ce.clock_event" { function: "Analytics", purpose: "OCD" }
C1730: "_ce.clock_data" { function: "Analytics", purpose: "OCD" }
C1731: "_ce.irv" { function: "Analytics", purpose: "OCD" }
C1732: "ceft_variant_override" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1768: "_dy_csc_ses" { function: "Analytics", purpose: "OCD" }
C1769: "_dycmc" { function: "Analytics", purpose: "OCD" }
C1772: "_dy_df_geo" { function: "Analytics", purpose: "OCD" }
C1773: "_dycst" { function: "Analytics", purpose: "OCD" }
            }
            provider "Rudderstack" {
C1798: "rl_user_id" { function: "Analytics", purpose: "OCD" }
C1799: "rl_trait" { function: "Analytics", purpose: "OCD" }
C1800: "rl_anonymous_id" { function: "Analytics", purpose: "OCD" }
C1801: "rl_group_id" { function: "Analytics", purpose: "OCD" }
C1802: "rl_group_trait" { function: "Analytics", purpose: "OCD" }
C1803: "rl_page_init_referrer" { function: "Analytics", purpose: "OCD" }
C1804: "rl_page_init_referring_domain" { function: "Analytics", purpose: "OCD" }
C1805: "test_rudder_cookie" { function: "Analytics", purpose: "OCD" }
C1806: "rl_session" { function: "Analytics", purpose: "OCD" }
            }
            provider "Marketo" {
C1807: "_biz_uid" { function: "Analytics", purpose: "OCD" }
C1808: "_biz_nA" { function: "Analytics", purpose: "OCD" }
C1809: "_biz_flagsA" { function: "Analytics", purpose: "OCD" }
C1810: "_biz_pendingA" { function: "Analytics", purpose: "OCD" }
C1811: "_biz_ABTestA" { function: "Analytics", purpose: "OCD" }
C1812: "_biz_su" { function: "Analytics", purpose: "OCD" }
C1813: "_biz_EventA" { function: "Analytics", purpose: "OCD" }
            }
            provider "ContentSquare" {
C1822: "_cs_c" { function: "Analytics", purpose: "OCD" }
C1823: "_cs_cvars" { function: "Analytics", purpose: "OCD" }
C1824: "_cs_id" { function: "Analytics", purpose: "OCD" }
C1825: "_cs_s" { function: "Analytics", purpose: "OCD" }
C1826: "__CT_Data" { function: "Analytics", purpose: "OCD" }
C1827: "_CT_RS_" { function: "Analytics", purpose: "OCD" }
C1828: "WRUID" { function: "Analytics", purpose: "OCD" }
C1829: "_cs_ex" { function: "Analytics", purpose: "OCD" }
C1830: "_cs_rl" { function: "Analytics", purpose: "OCD" }
C1831: "_cs_root-domain" { function: "Analytics", purpose: "OCD" }
C1832: "WRIgnore" { function: "Analytics", purpose: "OCD" }
C1833: "WRBlock" { function: "Analytics", purpose: "OCD" }
C1834: "_cs_same_site" { function: "Analytics", purpose: "OCD" }
C1835: "_cs_debug" { function: "Analytics", purpose: "OCD" }
C1836: "_hjasCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
C1837: "_hjUserAttrbutesHash" { function: "Analytics", purpose: "OCD" }
C1838: "_hjUserAttributes" { function: "Analytics", purpose: "OCD" }
C1839: "_hp2_hld" { function: "Analytics", purpose: "OCD" }
C1840: "_hp5_event_props." { function: "Analytics", purpose: "OCD" }
C1841: "_cs_mk_aa" { function: "Analytics", purpose: "OCD" }
C1842: "_cs_mk_ga" { function: "Analytics", purpose: "OCD" }
C1843: "_cs_tld" { function: "Analytics", purpose: "OCD" }
            }
            provider "GitHub" {
C1859: "_octo" { function: "Analytics", purpose: "OCD" }
            }
            provider "Amplitude" {
C1867: "AMP_" { function: "Analytics", purpose: "OCD" }
C1868: "AMP_MKTG_" { function: "Analytics", purpose: "OCD" }
C1869: "amplitude_cookie_test" { function: "Analytics", purpose: "OCD" }
C1870: "amplitude_id_" { function: "Analytics", purpose: "OCD" }
C1871: "amplitude_test" { function: "Analytics", purpose: "OCD" }
            }
            provider "Qualtrics" {
C1875: "QSI_OptInIDsAndWindowNames" { function: "Analytics", purpose: "OCD" }
C1876: "QSI_OptInIDsAndTargetOrigins" { function: "Analytics", purpose: "OCD" }
C1877: "SiteReferrer" { function: "Analytics", purpose: "OCD" }
C1878: "PageReferrer" { function: "Analytics", purpose: "OCD" }
C1879: "SearchTerm" { function: "Analytics", purpose: "OCD" }
C1880: "FocusTime" { function: "Analytics", purpose: "OCD" }
C1881: "BlurTime" { function: "Analytics", purpose: "OCD" }
C1882: "ActionSetHistory" { function: "Analytics", purpose: "OCD" }
C1883: "SISessID" { function: "Analytics", purpose: "OCD" }
C1884: "CPSessID" { function: "Analytics", purpose: "OCD" }
C1885: "QSI_ReplaySession_Info_" { function: "Analytics", purpose: "OCD" }
C1886: "QSI_TestSessions_" { function: "Analytics", purpose: "OCD" }
            }
            provider "CognitoForms" {
C1894: "c-referrer" { function: "Analytics", purpose: "OCD" }
C1895: "c-signup" { function: "Analytics", purpose: "OCD" }
C1896: "c-plan" { function: "Analytics", purpose: "OCD" }
C1897: "cognito.services.a" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dynatrace" {
C1910: "dtLatC" { function: "Analytics", purpose: "OCD" }
C1911: "dtPC" { function: "Analytics", purpose: "OCD" }
C1912: "dtSa" { function: "Analytics", purpose: "OCD" }
C1913: "dtValidationCookie" { function: "Analytics", purpose: "OCD" }
C1914: "dtDisabled" { function: "Analytics", purpose: "OCD" }
C1915: "rxVisitor" { function: "Analytics", purpose: "OCD" }
C1916: "rxvt" { function: "Analytics", purpose: "OCD" }
            }
            provider "Command Act" {
C1942: "TCAUDIENCE" { function: "Analytics", purpose: "OCD" }
C1943: "_TCCookieSync" { function: "Analytics", purpose: "OCD" }
            }
            provider "Heap Analytics" {
C1964: "_hp2_id" { function: "Analytics", purpose: "OCD" }
C1965: "_hp2_ses_props" { function: "Analytics", purpose: "OCD" }
            }
            provider "Baidu" {
C1966: "Hm_lpvt_" { function: "Analytics", purpose: "OCD" }
C1967: "Hm_lvt_" { function: "Analytics", purpose: "OCD" }
C1968: "HMACCOUNT" { function: "Analytics", purpose: "OCD" }
            }
            provider "Plausible Analytics" {
C1997: "plausible_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Fathom Analytics" {
C1998: "_fathom" { function: "Analytics", purpose: "OCD" }
            }
            provider "Umami" {
C1999: "umami." { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Google Analytics" {
C21: "_gac_" { function: "Marketing", purpose: "OCD" }
C29: "FPAU" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Ads" {
C38: "Conversion" { function: "Marketing", purpose: "OCD" }
C47: "_gcl_aw" { function: "Marketing", purpose: "OCD" }
C48: "_gcl_gs" { function: "Marketing", purpose: "OCD" }
C49: "_gcl_gb" { function: "Marketing", purpose: "OCD" }
C50: "_gac_gb_" { function: "Marketing", purpose: "OCD" }
C51: "FPGCLGB" { function: "Marketing", purpose: "OCD" }
C52: "FPGCLAW" { function: "Marketing", purpose: "OCD" }
C67: "ADS_VISITOR_ID" { function: "Marketing", purpose: "OCD" }
C68: "__Secure-3PSIDCC" { function: "Marketing", purpose: "OCD", secure }
C69: "__Secure-1PSIDTS" { function: "Marketing", purpose: "OCD", secure }
C70: "__Secure-1PAPISID" { function: "Marketing", purpose: "OCD", secure }
C71: "__Secure-3PSID" { function: "Marketing", purpose: "OCD", secure }
C72: "__Secure-1PSID" { function: "Marketing", purpose: "OCD", secure }
C73: "__Secure-1PSIDCC" { function: "Marketing", purpose: "OCD", secure }
C74: "__Secure-3PAPISID" { function: "Marketing", purpose: "OCD", secure }
            }
            provider "Google Surveys" {
C44: "PAIDCONTENT" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Flights" {
C46: "_gcl_gf" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google AdSense" {
C53: "__gsas" { function: "Marketing", purpose: "OCD" }
C54: "__gpi" { function: "Marketing", purpose: "OCD" }
C55: "__gpi_optout" { function: "Marketing", purpose: "OCD" }
C56: "GED_PLAYLIST_ACTIVITY" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google" {
C62: "AdID" { function: "Marketing", purpose: "OCD" }
C63: "DSID" { function: "Marketing", purpose: "OCD" }
C64: "gcl" { function: "Marketing", purpose: "OCD" }
C65: "gac" { function: "Marketing", purpose: "OCD" }
C77: "1P_JAR" { function: "Marketing", purpose: "OCD" }
C89: "AID" { function: "Marketing", purpose: "OCD" }
C90: "SID" { function: "Marketing", purpose: "OCD" }
C91: "APISID" { function: "Marketing", purpose: "OCD" }
C92: "SAPISID" { function: "Marketing", purpose: "OCD" }
C93: "SSID" { function: "Marketing", purpose: "OCD" }
C94: "SIDCC" { function: "Marketing", purpose: "OCD" }
C95: "OTZ" { function: "Marketing", purpose: "OCD" }
C96: "A" { function: "Marketing", purpose: "OCD" }
C97: "DV" { function: "Marketing", purpose: "OCD" }
C98: "NID" { function: "Marketing", purpose: "OCD" }
C99: "TAID" { function: "Marketing", purpose: "OCD" }
C100: "FPGCLDC" { function: "Marketing", purpose: "OCD" }
C101: "_gcl_au" { function: "Marketing", purpose: "OCD" }
C102: "_gcl_dc" { function: "Marketing", purpose: "OCD" }
C107: "_dcid" { function: "Marketing", purpose: "OCD" }
C108: "SNID" { function: "Marketing", purpose: "OCD" }
C109: "cookies_accepted" { function: "Marketing", purpose: "OCD" }
C111: "GN_PREF" { function: "Marketing", purpose: "OCD" }
C112: "OSID" { function: "Marketing", purpose: "OCD" }
C113: "__Secure-OSID" { function: "Marketing", purpose: "OCD", secure }
C114: "COMPASS" { function: "Marketing", purpose: "OCD" }
C115: "UULE" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Maps" {
C75: "OGPC" { function: "Marketing", purpose: "OCD" }
C76: "OGP" { function: "Marketing", purpose: "OCD" }
            }
            provider "DoubleClick/Google Marketing" {
C116: "IDE" { function: "Marketing", purpose: "OCD" }
C117: "ID" { function: "Marketing", purpose: "OCD" }
C118: "RUL" { function: "Marketing", purpose: "OCD" }
C119: "FLC" { function: "Marketing", purpose: "OCD" }
C120: "__gads" { function: "Marketing", purpose: "OCD" }
C121: "GoogleAdServingTest" { function: "Marketing", purpose: "OCD" }
C122: "ar_debug" { function: "Marketing", purpose: "OCD" }
C124: "APC" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C131: "s_ecid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Audience Manager" {
C135: "demdex" { function: "Marketing", purpose: "OCD" }
C136: "dextp" { function: "Marketing", purpose: "OCD" }
C137: "_dp" { function: "Marketing", purpose: "OCD" }
C138: "aam_uuid" { function: "Marketing", purpose: "OCD" }
C139: "AMCV_" { function: "Marketing", purpose: "OCD" }
C140: "AMCVS_" { function: "Marketing", purpose: "OCD" }
C141: "mbox" { function: "Marketing", purpose: "OCD" }
C144: "dpm" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adform" {
C145: "TPC" { function: "Marketing", purpose: "OCD" }
C146: "C" { function: "Marketing", purpose: "OCD" }
C147: "uid" { function: "Marketing", purpose: "OCD" }
C148: "GCM" { function: "Marketing", purpose: "OCD" }
C149: "CM" { function: "Marketing", purpose: "OCD" }
C150: "CM14" { function: "Marketing", purpose: "OCD" }
C151: "token" { function: "Marketing", purpose: "OCD" }
C152: "otsid" { function: "Marketing", purpose: "OCD" }
C153: "adtrc" { function: "Marketing", purpose: "OCD" }
C154: "SR" { function: "Marketing", purpose: "OCD" }
C155: "CT" { function: "Marketing", purpose: "OCD" }
C156: "EBFCD" { function: "Marketing", purpose: "OCD" }
C157: "EBFC" { function: "Marketing", purpose: "OCD" }
C158: "CFFC" { function: "Marketing", purpose: "OCD" }
C159: "DigiTrust.v1.identity" { function: "Marketing", purpose: "OCD" }
            }
            provider "Facebook" {
C160: "lu" { function: "Marketing", purpose: "OCD" }
C161: "xs" { function: "Marketing", purpose: "OCD" }
C162: "c_user" { function: "Marketing", purpose: "OCD" }
C163: "m_user" { function: "Marketing", purpose: "OCD" }
C164: "pl" { function: "Marketing", purpose: "OCD" }
C165: "dbln" { function: "Marketing", purpose: "OCD" }
C166: "aks" { function: "Marketing", purpose: "OCD" }
C167: "aksb" { function: "Marketing", purpose: "OCD" }
C168: "sfau" { function: "Marketing", purpose: "OCD" }
C169: "ick" { function: "Marketing", purpose: "OCD" }
C170: "csm" { function: "Marketing", purpose: "OCD" }
C171: "datr" { function: "Marketing", purpose: "OCD" }
C172: "sb" { function: "Marketing", purpose: "OCD" }
C173: "fr" { function: "Marketing", purpose: "OCD" }
C174: "oo" { function: "Marketing", purpose: "OCD" }
C175: "ddid" { function: "Marketing", purpose: "OCD" }
C176: "locale" { function: "Marketing", purpose: "OCD" }
C177: "_fbp" { function: "Marketing", purpose: "OCD" }
C178: "_fbc" { function: "Marketing", purpose: "OCD" }
C179: "js_ver" { function: "Marketing", purpose: "OCD" }
C180: "rc" { function: "Marketing", purpose: "OCD" }
C181: "campaign_click_url" { function: "Marketing", purpose: "OCD" }
C182: "usida" { function: "Marketing", purpose: "OCD" }
            }
            provider "Platform161" {
C184: "fl_inst" { function: "Marketing", purpose: "OCD" }
C185: "pvc2" { function: "Marketing", purpose: "OCD" }
C186: "pcc2" { function: "Marketing", purpose: "OCD" }
C187: "trc" { function: "Marketing", purpose: "OCD" }
C188: "tuuid" { function: "Marketing", purpose: "OCD" }
C189: "ad2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C190: "MR" { function: "Marketing", purpose: "OCD" }
C191: "MUID" { function: "Marketing", purpose: "OCD" }
C192: "MUIDB" { function: "Marketing", purpose: "OCD" }
C193: "MC1" { function: "Marketing", purpose: "OCD" }
C194: "_uetsid" { function: "Marketing", purpose: "OCD" }
C195: "_uetvid" { function: "Marketing", purpose: "OCD" }
C196: "ANON" { function: "Marketing", purpose: "OCD" }
C197: "ANONCHK" { function: "Marketing", purpose: "OCD" }
C198: "CC" { function: "Marketing", purpose: "OCD" }
C206: "NAP" { function: "Marketing", purpose: "OCD" }
C207: "MH" { function: "Marketing", purpose: "OCD" }
C208: "childinfo" { function: "Marketing", purpose: "OCD" }
C209: "kcdob" { function: "Marketing", purpose: "OCD" }
C210: "kcrelid" { function: "Marketing", purpose: "OCD" }
C211: "kcru" { function: "Marketing", purpose: "OCD" }
C212: "pcfm" { function: "Marketing", purpose: "OCD" }
C214: "ToptOut" { function: "Marketing", purpose: "OCD" }
C215: "ACH01" { function: "Marketing", purpose: "OCD" }
C217: "_RwBf" { function: "Marketing", purpose: "OCD" }
C218: "_HPVN" { function: "Marketing", purpose: "OCD" }
C219: "_UR" { function: "Marketing", purpose: "OCD" }
C220: "OID" { function: "Marketing", purpose: "OCD" }
C221: "OIDI" { function: "Marketing", purpose: "OCD" }
C222: "OIDR" { function: "Marketing", purpose: "OCD" }
C223: "BCP" { function: "Marketing", purpose: "OCD" }
C224: "BFBUSR" { function: "Marketing", purpose: "OCD" }
C225: "BFB" { function: "Marketing", purpose: "OCD" }
C226: "ACL" { function: "Marketing", purpose: "OCD" }
C227: "ACLUSR" { function: "Marketing", purpose: "OCD" }
C1961: "_u" { function: "Marketing", purpose: "OCD" }
            }
            provider "X" {
C270: "guest_id" { function: "Marketing", purpose: "OCD" }
C271: "personalization_id" { function: "Marketing", purpose: "OCD" }
C272: "ct0" { function: "Marketing", purpose: "OCD" }
C273: "guest_id_marketing" { function: "Marketing", purpose: "OCD" }
C274: "guest_id_ads" { function: "Marketing", purpose: "OCD" }
C275: "muc_ads" { function: "Marketing", purpose: "OCD" }
C276: "_twitter_sess" { function: "Marketing", purpose: "OCD" }
C277: "ads_prefs" { function: "Marketing", purpose: "OCD" }
C278: "auth_token" { function: "Marketing", purpose: "OCD" }
C281: "dnt" { function: "Marketing", purpose: "OCD" }
C282: "eu_cn" { function: "Marketing", purpose: "OCD" }
C283: "external_referer" { function: "Marketing", purpose: "OCD" }
C284: "kdt" { function: "Marketing", purpose: "OCD" }
C285: "rweb_optin" { function: "Marketing", purpose: "OCD" }
C286: "syndication_guest_id" { function: "Marketing", purpose: "OCD" }
C287: "twid" { function: "Marketing", purpose: "OCD" }
C288: "tfw_exp" { function: "Marketing", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C303: "ccec_user" { function: "Marketing", purpose: "OCD" }
            }
            provider "Youtube" {
C304: "GPS" { function: "Marketing", purpose: "OCD" }
C305: "VISITOR_INFO1_LIVE" { function: "Marketing", purpose: "OCD" }
C309: "VISITOR_PRIVACY_METADATA" { function: "Marketing", purpose: "OCD" }
C310: "__Secure-ROLLOUT_TOKEN" { function: "Marketing", purpose: "OCD", secure }
            }
            provider "Admatic" {
C311: "__adm_ui" { function: "Marketing", purpose: "OCD" }
C312: "__adm_uiex" { function: "Marketing", purpose: "OCD" }
C313: "__adm_usyncc" { function: "Marketing", purpose: "OCD" }
C314: "uids" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sonobi" {
C328: "__uin_bw" { function: "Marketing", purpose: "OCD" }
C329: "__uir_bw" { function: "Marketing", purpose: "OCD" }
C330: "HAPLB5S" { function: "Marketing", purpose: "OCD" }
C331: "__uin_mm" { function: "Marketing", purpose: "OCD" }
C332: "__uir_mm" { function: "Marketing", purpose: "OCD" }
C333: "HAPLB8" { function: "Marketing", purpose: "OCD" }
C1751: "__uin_rh" { function: "Marketing", purpose: "OCD" }
C1752: "__uir_rh" { function: "Marketing", purpose: "OCD" }
C1753: "HAPLB3A" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pulsepoint" {
C334: "_dbefe" { function: "Marketing", purpose: "OCD" }
            }
            provider "Active Campaign" {
C360: "ac_enable_tracking" { function: "Marketing", purpose: "OCD" }
C361: "prism_" { function: "Marketing", purpose: "OCD" }
            }
            provider "LinkedIn" {
C371: "lidc" { function: "Marketing", purpose: "OCD" }
C372: "bcookie" { function: "Marketing", purpose: "OCD" }
C373: "bscookie" { function: "Marketing", purpose: "OCD" }
C374: "trkCode" { function: "Marketing", purpose: "OCD" }
C375: "li_oatml" { function: "Marketing", purpose: "OCD" }
C376: "liap" { function: "Marketing", purpose: "OCD" }
C377: "lissc" { function: "Marketing", purpose: "OCD" }
C378: "spectroscopyId" { function: "Marketing", purpose: "OCD" }
C379: "UserMatchHistory" { function: "Marketing", purpose: "OCD" }
C385: "li_sugr" { function: "Marketing", purpose: "OCD" }
C387: "lms_ads" { function: "Marketing", purpose: "OCD" }
C388: "_guid" { function: "Marketing", purpose: "OCD" }
C389: "BizographicsOptOut" { function: "Marketing", purpose: "OCD" }
C390: "IRLD" { function: "Marketing", purpose: "OCD" }
C392: "ABSELB" { function: "Marketing", purpose: "OCD" }
C393: "brwsr" { function: "Marketing", purpose: "OCD" }
            }
            provider "Amazon" {
C455: "ad-privacy" { function: "Marketing", purpose: "OCD" }
            }
            provider "Casale Media" {
C456: "CMID" { function: "Marketing", purpose: "OCD" }
C457: "CMPRO" { function: "Marketing", purpose: "OCD" }
C458: "CMPS" { function: "Marketing", purpose: "OCD" }
C459: "CMRUM3" { function: "Marketing", purpose: "OCD" }
C460: "CMST" { function: "Marketing", purpose: "OCD" }
            }
            provider "Outbrain" {
C461: "cookieJartestCookie" { function: "Marketing", purpose: "OCD" }
C462: "obuid" { function: "Marketing", purpose: "OCD" }
C463: "apnxs" { function: "Marketing", purpose: "OCD" }
C464: "criteo" { function: "Marketing", purpose: "OCD" }
C465: "mdfrc" { function: "Marketing", purpose: "OCD" }
C466: "ttd" { function: "Marketing", purpose: "OCD" }
C467: "recs" { function: "Marketing", purpose: "OCD" }
C560: "bdswch" { function: "Marketing", purpose: "OCD" }
C1815: "obsessionid-" { function: "Marketing", purpose: "OCD" }
C1816: "opout" { function: "Marketing", purpose: "OCD" }
C1817: "recs-" { function: "Marketing", purpose: "OCD" }
C1818: "europe" { function: "Marketing", purpose: "OCD" }
C1819: "outbrain_dicbo_id" { function: "Marketing", purpose: "OCD" }
C1820: "unifiedPixel" { function: "Marketing", purpose: "OCD" }
C1821: "dicbo_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "justpremium.com" {
C470: "jpxumaster" { function: "Marketing", purpose: "OCD" }
C471: "jpxumatched" { function: "Marketing", purpose: "OCD" }
            }
            provider "PubMatic" {
C472: "PUBMDCID" { function: "Marketing", purpose: "OCD" }
C473: "pp" { function: "Marketing", purpose: "OCD" }
C474: "SPugT" { function: "Marketing", purpose: "OCD" }
C475: "KADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
C476: "PUBRETARGET" { function: "Marketing", purpose: "OCD" }
C477: "KCCH" { function: "Marketing", purpose: "OCD" }
C478: "DPSync" { function: "Marketing", purpose: "OCD" }
C479: "ADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
C480: "PugT" { function: "Marketing", purpose: "OCD" }
C481: "KRTBCOOKIE_" { function: "Marketing", purpose: "OCD" }
C485: "USCC" { function: "Marketing", purpose: "OCD" }
C486: "DPPIX_ON" { function: "Marketing", purpose: "OCD" }
C487: "SYNCUPPIX_ON" { function: "Marketing", purpose: "OCD" }
C489: "pubfreq_" { function: "Marketing", purpose: "OCD" }
C492: "DPFQ" { function: "Marketing", purpose: "OCD" }
C493: "pi" { function: "Marketing", purpose: "OCD" }
            }
            provider "ID5" {
C503: "id5" { function: "Marketing", purpose: "OCD" }
C504: "cip" { function: "Marketing", purpose: "OCD" }
C505: "car" { function: "Marketing", purpose: "OCD" }
C506: "callback" { function: "Marketing", purpose: "OCD" }
C507: "cnac" { function: "Marketing", purpose: "OCD" }
C508: "cf" { function: "Marketing", purpose: "OCD" }
C655: "3pi" { function: "Marketing", purpose: "OCD" }
            }
            provider "ComScore" {
C511: "UIDR" { function: "Marketing", purpose: "OCD" }
C512: "PID" { function: "Marketing", purpose: "OCD" }
C513: "XID" { function: "Marketing", purpose: "OCD" }
            }
            provider "semasio.net" {
C514: "SEUNCY" { function: "Marketing", purpose: "OCD" }
            }
            provider "Federated Media Publishing" {
C515: "ljt_reader" { function: "Marketing", purpose: "OCD" }
            }
            provider "rekmob.com" {
C516: "rek_content" { function: "Marketing", purpose: "OCD" }
            }
            provider "Improve Digital" {
C517: "um" { function: "Marketing", purpose: "OCD" }
C518: "umeh" { function: "Marketing", purpose: "OCD" }
            }
            provider "vmg.host" {
C519: "BSWtracker" { function: "Marketing", purpose: "OCD" }
            }
            provider "1rx.io" {
C520: "_rxuuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Atlas" {
C521: "AA003" { function: "Marketing", purpose: "OCD" }
C522: "ATN" { function: "Marketing", purpose: "OCD" }
            }
            provider "Teads" {
C523: "tt_bluekai" { function: "Marketing", purpose: "OCD" }
C524: "tt_exelate" { function: "Marketing", purpose: "OCD" }
C525: "tt_liveramp" { function: "Marketing", purpose: "OCD" }
C526: "tt_neustar" { function: "Marketing", purpose: "OCD" }
C527: "tt_salesforce" { function: "Marketing", purpose: "OCD" }
            }
            provider "Visx.net" {
C530: "um2" { function: "Marketing", purpose: "OCD" }
            }
            provider "bidswitch.net" {
C531: "tuuid_lu" { function: "Marketing", purpose: "OCD" }
            }
            provider "adscale.de" {
C532: "uu" { function: "Marketing", purpose: "OCD" }
C533: "cct" { function: "Marketing", purpose: "OCD" }
C534: "tu" { function: "Marketing", purpose: "OCD" }
            }
            provider "Seedtag" {
C536: "st_csd" { function: "Marketing", purpose: "OCD" }
C537: "st_cs" { function: "Marketing", purpose: "OCD" }
C538: "st_uid" { function: "Marketing", purpose: "OCD" }
C539: "st_cnt" { function: "Marketing", purpose: "OCD" }
C540: "st_chc" { function: "Marketing", purpose: "OCD" }
C541: "st_ssp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smartadserver" {
C542: "cnfq" { function: "Marketing", purpose: "OCD" }
C543: "lcsrc" { function: "Marketing", purpose: "OCD" }
C545: "gid" { function: "Marketing", purpose: "OCD" }
C546: "partner-" { function: "Marketing", purpose: "OCD" }
C548: "Comp" { function: "Marketing", purpose: "OCD" }
C549: "Pwb" { function: "Marketing", purpose: "OCD" }
C551: "sasd" { function: "Marketing", purpose: "OCD" }
C552: "sasd2" { function: "Marketing", purpose: "OCD" }
C553: "TestIfCookie" { function: "Marketing", purpose: "OCD" }
C554: "csync" { function: "Marketing", purpose: "OCD" }
C555: "TestIfCookieP" { function: "Marketing", purpose: "OCD" }
C556: "pid" { function: "Marketing", purpose: "OCD" }
C557: "lcsrd" { function: "Marketing", purpose: "OCD" }
            }
            provider "Unrulymedia.com" {
C559: "unruly_m" { function: "Marketing", purpose: "OCD" }
            }
            provider "LiveIntent" {
C561: "lidid" { function: "Marketing", purpose: "OCD" }
C562: "_li_ss" { function: "Marketing", purpose: "OCD" }
            }
            provider "TripleLift" {
C563: "tluid" { function: "Marketing", purpose: "OCD" }
C564: "tluidp" { function: "Marketing", purpose: "OCD" }
C565: "optout" { function: "Marketing", purpose: "OCD" }
C566: "sync" { function: "Marketing", purpose: "OCD" }
            }
            provider "Taboola" {
C567: "t_gid" { function: "Marketing", purpose: "OCD" }
C572: "_tb_t_ppg" { function: "Marketing", purpose: "OCD" }
            }
            provider "openx.net" {
C576: "i" { function: "Marketing", purpose: "OCD" }
C577: "univ_id" { function: "Marketing", purpose: "OCD" }
C578: "pd" { function: "Marketing", purpose: "OCD" }
C579: "OAID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Funda" {
C580: "DG_HID" { function: "Marketing", purpose: "OCD" }
C581: "DG_IID" { function: "Marketing", purpose: "OCD" }
C582: "DG_SID" { function: "Marketing", purpose: "OCD" }
C583: "DG_UID" { function: "Marketing", purpose: "OCD" }
C584: "DG_ZID" { function: "Marketing", purpose: "OCD" }
C585: "DG_ZUID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adxcore" {
C595: "advst_uid_11" { function: "Marketing", purpose: "OCD" }
C596: "DISPATCHER" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fidelity-media.com" {
C597: "DSP_UID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Lotame" {
C611: "_cc_aud" { function: "Marketing", purpose: "OCD" }
C612: "_cc_cc" { function: "Marketing", purpose: "OCD" }
C613: "_cc_id" { function: "Marketing", purpose: "OCD" }
C614: "panoramaId_expiry" { function: "Marketing", purpose: "OCD" }
C615: "panoramaId_expiry_exp" { function: "Marketing", purpose: "OCD" }
C616: "_cc_domain" { function: "Marketing", purpose: "OCD" }
C657: "_cc_dc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Neustar" {
C617: "ab" { function: "Marketing", purpose: "OCD" }
            }
            provider "BlueKai" {
C618: "bkdc" { function: "Marketing", purpose: "OCD" }
C619: "bku" { function: "Marketing", purpose: "OCD" }
C658: "bkpa" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Advertising" {
C620: "everest_g_v2" { function: "Marketing", purpose: "OCD" }
C621: "everest_session_v2" { function: "Marketing", purpose: "OCD" }
C622: "ev_tm" { function: "Marketing", purpose: "OCD" }
C623: "_tmae" { function: "Marketing", purpose: "OCD" }
C624: "_lcc" { function: "Marketing", purpose: "OCD" }
C625: "ev_sync_bk" { function: "Marketing", purpose: "OCD" }
C626: "ev_sync_dd" { function: "Marketing", purpose: "OCD" }
C627: "ev_sync_fs" { function: "Marketing", purpose: "OCD" }
C628: "ev_sync_ix" { function: "Marketing", purpose: "OCD" }
C629: "ev_sync_nx" { function: "Marketing", purpose: "OCD" }
C630: "ev_sync_ox" { function: "Marketing", purpose: "OCD" }
C631: "ev_sync_pm" { function: "Marketing", purpose: "OCD" }
C632: "ev_sync_rc" { function: "Marketing", purpose: "OCD" }
C633: "ev_sync_tm" { function: "Marketing", purpose: "OCD" }
C634: "ev_sync_yh" { function: "Marketing", purpose: "OCD" }
C635: "adcloud" { function: "Marketing", purpose: "OCD" }
C636: "id_adcloud" { function: "Marketing", purpose: "OCD" }
            }
            provider "MediaMath" {
C637: "mt_mop" { function: "Marketing", purpose: "OCD" }
            }
            provider "PowerLinks" {
C638: "pl_user_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Rapleaf" {
C639: "pxrc" { function: "Marketing", purpose: "OCD" }
C640: "rlas3" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tapad" {
C641: "TapAd_DID" { function: "Marketing", purpose: "OCD" }
C642: "TapAd_TS" { function: "Marketing", purpose: "OCD" }
C643: "TapAd_3WAY_SYNCS" { function: "Marketing", purpose: "OCD" }
            }
            provider "The Tradedesk" {
C644: "TDCPM" { function: "Marketing", purpose: "OCD" }
C645: "TDID" { function: "Marketing", purpose: "OCD" }
            }
            provider "FreeWheel" {
C646: "uid-bp-" { function: "Marketing", purpose: "OCD" }
C647: "MRM_UID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Zeotap" {
C648: "zc" { function: "Marketing", purpose: "OCD" }
C649: "zsc" { function: "Marketing", purpose: "OCD" }
C650: "zi" { function: "Marketing", purpose: "OCD" }
C651: "idp" { function: "Marketing", purpose: "OCD" }
C652: "zuc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Trustpilot" {
C653: "amplitude_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Admixer" {
C656: "am-uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "SOVRN" {
C659: "_ljtrtb_" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediamath" {
C660: "uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pinterest" {
C663: "_pin_unauth" { function: "Marketing", purpose: "OCD" }
C664: "_pinterest_ct_ua" { function: "Marketing", purpose: "OCD" }
C665: "sessionFunnelEventLogged" { function: "Marketing", purpose: "OCD" }
C666: "_routing_id" { function: "Marketing", purpose: "OCD" }
C667: "_derived_epik" { function: "Marketing", purpose: "OCD" }
C668: "_pinterest_ct" { function: "Marketing", purpose: "OCD" }
C669: "_pinterest_ct_rt" { function: "Marketing", purpose: "OCD" }
C670: "_epik" { function: "Marketing", purpose: "OCD" }
            }
            provider "Vuble" {
C701: "_mb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sharpspring" {
C705: "koitk" { function: "Marketing", purpose: "OCD" }
C706: "__ss_referrer" { function: "Marketing", purpose: "OCD" }
C707: "__ss_tk" { function: "Marketing", purpose: "OCD" }
C708: "__ss" { function: "Marketing", purpose: "OCD" }
            }
            provider "Datatrics" {
C719: "datatrics_optin" { function: "Marketing", purpose: "OCD" }
C720: "datatricsDebugger" { function: "Marketing", purpose: "OCD" }
C721: "datatrics_customData" { function: "Marketing", purpose: "OCD" }
            }
            provider "OneTrust" {
C728: "_mkto_trk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optimizely" {
C731: "optimizelyEndUserId" { function: "Marketing", purpose: "OCD" }
C732: "optimizelyRedirectData" { function: "Marketing", purpose: "OCD" }
C733: "optimizelyDomainTestCookie" { function: "Marketing", purpose: "OCD" }
C734: "optimizelyOptOut" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ortec" {
C736: "app_ts" { function: "Marketing", purpose: "OCD" }
C737: "viewer" { function: "Marketing", purpose: "OCD" }
C738: "spx_ts" { function: "Marketing", purpose: "OCD" }
C739: "id_ts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Wix.com" {
C742: "svSession" { function: "Marketing", purpose: "OCD" }
            }
            provider "Shopify" {
C761: "_tracking_consent" { function: "Marketing", purpose: "OCD" }
C762: "_orig_referrer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Hubspot" {
C811: "__hstc" { function: "Marketing", purpose: "OCD" }
C812: "hubspotutk" { function: "Marketing", purpose: "OCD" }
C813: "__hssc" { function: "Marketing", purpose: "OCD" }
C814: "__hssrc" { function: "Marketing", purpose: "OCD" }
C815: "messagesUtk" { function: "Marketing", purpose: "OCD" }
C816: "hubspotapi" { function: "Marketing", purpose: "OCD" }
            }
            provider "Reddit" {
C842: "edgebucket" { function: "Marketing", purpose: "OCD" }
C843: "initref" { function: "Marketing", purpose: "OCD" }
C844: "_rdt_uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Xandr" {
C850: "anj" { function: "Marketing", purpose: "OCD" }
C851: "uuid2" { function: "Marketing", purpose: "OCD" }
C855: "XANDR_PANID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Snapchat" {
C865: "sc_at" { function: "Marketing", purpose: "OCD" }
C866: "sc-a-nonce" { function: "Marketing", purpose: "OCD" }
            }
            provider "ZOHO" {
C878: "zc_show" { function: "Marketing", purpose: "OCD" }
C880: "zc_loc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Perfect Audience" {
C884: "pa_rubicon_ts" { function: "Marketing", purpose: "OCD" }
C885: "pa_google_ts" { function: "Marketing", purpose: "OCD" }
C886: "pa_twitter_ts" { function: "Marketing", purpose: "OCD" }
C887: "pa_openx_ts" { function: "Marketing", purpose: "OCD" }
C888: "pa_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "MailMunch" {
C889: "mailmunch_second_pageview" { function: "Marketing", purpose: "OCD" }
C890: "_mailmunch_visitor_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Partnerize" {
C891: "tPHG-PS" { function: "Marketing", purpose: "OCD" }
            }
            provider "Digital Audience" {
C892: "digitalAudience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optinmonster" {
C894: "_omappvs" { function: "Marketing", purpose: "OCD" }
C895: "_omappvp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadfeeder" {
C896: "_lfa" { function: "Marketing", purpose: "OCD" }
            }
            provider "SnapEngage" {
C897: "SnapABugHistory" { function: "Marketing", purpose: "OCD" }
C899: "SnapABugRef" { function: "Marketing", purpose: "OCD" }
            }
            provider "SpotX" {
C900: "audience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yahoo" {
C902: "A3" { function: "Marketing", purpose: "OCD" }
C903: "APID" { function: "Marketing", purpose: "OCD" }
C904: "APIDTS" { function: "Marketing", purpose: "OCD" }
C905: "IDSYNC" { function: "Marketing", purpose: "OCD" }
C906: "A1" { function: "Marketing", purpose: "OCD" }
C907: "A1S" { function: "Marketing", purpose: "OCD" }
C908: "adaptv_unique_user_cookie" { function: "Marketing", purpose: "OCD" }
C909: "cmp" { function: "Marketing", purpose: "OCD" }
C910: "migrated2y" { function: "Marketing", purpose: "OCD" }
C911: "OTH" { function: "Marketing", purpose: "OCD" }
C912: "rtbData0" { function: "Marketing", purpose: "OCD" }
C913: "rxx" { function: "Marketing", purpose: "OCD" }
C914: "tearsheet" { function: "Marketing", purpose: "OCD" }
C915: "unique_ad_source_impression" { function: "Marketing", purpose: "OCD" }
C916: "axids" { function: "Marketing", purpose: "OCD" }
C917: "GUC" { function: "Marketing", purpose: "OCD" }
C918: "trc_cookie_storage" { function: "Marketing", purpose: "OCD" }
C919: "tbla_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Quantcast" {
C921: "cref" { function: "Marketing", purpose: "OCD" }
C922: "mc" { function: "Marketing", purpose: "OCD" }
C923: "d" { function: "Marketing", purpose: "OCD" }
C936: "__qca" { function: "Marketing", purpose: "OCD" }
            }
            provider "Issuu" {
C924: "iutk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C977: "BVID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadinfo" {
C978: "_li_id" { function: "Marketing", purpose: "OCD" }
C979: "_li_ses" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adcalls" {
C983: "acalltracker" { function: "Marketing", purpose: "OCD" }
C987: "acalltrackernumber" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sharethrough" {
C999: "stx_user_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Squeezely" {
C1000: "sqzl_abs" { function: "Marketing", purpose: "OCD" }
C1002: "sqzl_session_id" { function: "Marketing", purpose: "OCD" }
C1003: "sqzl_vw" { function: "Marketing", purpose: "OCD" }
C1004: "sqzllocal" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blueconic.com" {
C1009: "BCSessionID" { function: "Marketing", purpose: "OCD" }
C1010: "BCTempID" { function: "Marketing", purpose: "OCD" }
C1012: "BCRefusedObjectives" { function: "Marketing", purpose: "OCD" }
C1013: "BCRevision" { function: "Marketing", purpose: "OCD" }
C1014: "BCTracking" { function: "Marketing", purpose: "OCD" }
C1015: "bc_tstgrp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adalyser.com" {
C1016: "__adal_ca" { function: "Marketing", purpose: "OCD" }
C1017: "__adal_cw" { function: "Marketing", purpose: "OCD" }
C1018: "__adal_id" { function: "Marketing", purpose: "OCD" }
C1019: "__adal_ses" { function: "Marketing", purpose: "OCD" }
            }
            provider "Roku" {
C1023: "wfivefivec" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adition" {
C1024: "UserID1" { function: "Marketing", purpose: "OCD" }
            }
            provider "Audrte" {
C1025: "arcki2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Klaviyo" {
C1034: "__kla_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "TikTok" {
C1037: "_tt_enable_cookie" { function: "Marketing", purpose: "OCD" }
C1038: "_ttp" { function: "Marketing", purpose: "OCD" }
C1039: "MONITOR_WEB_ID" { function: "Marketing", purpose: "OCD" }
C1040: "msToken" { function: "Marketing", purpose: "OCD" }
C1041: "ttwid" { function: "Marketing", purpose: "OCD" }
C1042: "ttcsid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ezoic" {
C1062: "ezosuigeneris" { function: "Marketing", purpose: "OCD" }
C1063: "ezosuibasgeneris-1" { function: "Marketing", purpose: "OCD" }
            }
            provider "E-volution.ai" {
C1093: "v_usr" { function: "Marketing", purpose: "OCD" }
            }
            provider "StreamTheWorld" {
C1094: "idsync-bsw-uid-s" { function: "Marketing", purpose: "OCD" }
            }
            provider "OnAudience" {
C1095: "done_redirects" { function: "Marketing", purpose: "OCD" }
            }
            provider "Vidoomy" {
C1096: "vidoomy-uids" { function: "Marketing", purpose: "OCD" }
            }
            provider "csync.loopme.me" {
C1104: "viewer_token" { function: "Marketing", purpose: "OCD" }
            }
            provider "WordPress" {
C1114: "tk_or" { function: "Marketing", purpose: "OCD" }
            }
            provider "ShareThis" {
C1188: "__stidv" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C1196: "khaos" { function: "Marketing", purpose: "OCD" }
C1197: "audit" { function: "Marketing", purpose: "OCD" }
C1198: "put_" { function: "Marketing", purpose: "OCD" }
C1199: "rpb" { function: "Marketing", purpose: "OCD" }
C1200: "rpx" { function: "Marketing", purpose: "OCD" }
C1201: "c" { function: "Marketing", purpose: "OCD" }
C1202: "khaos_p" { function: "Marketing", purpose: "OCD" }
C1203: "audit_p" { function: "Marketing", purpose: "OCD" }
C1406: "tv_U" { function: "Marketing", purpose: "OCD" }
C1407: "tvid" { function: "Marketing", purpose: "OCD" }
            }
            provider "SAP" {
C1204: "apiDomain_" { function: "Marketing", purpose: "OCD" }
C1205: "gig_bootstrap_" { function: "Marketing", purpose: "OCD" }
C1209: "gig_hasGmid" { function: "Marketing", purpose: "OCD" }
C1214: "_gigRefUid_" { function: "Marketing", purpose: "OCD" }
C1218: "gmid" { function: "Marketing", purpose: "OCD" }
C1221: "hasGmid" { function: "Marketing", purpose: "OCD" }
C1224: "_gig_" { function: "Marketing", purpose: "OCD" }
C1226: "ucid" { function: "Marketing", purpose: "OCD" }
            }
            provider "The Ozone Project" {
C1227: "ozone_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beamer" {
C1230: "_BEAMER_FIRST_VISIT_" { function: "Marketing", purpose: "OCD" }
C1231: "_BEAMER_USER_ID_" { function: "Marketing", purpose: "OCD" }
C1232: "_BEAMER_DATE_" { function: "Marketing", purpose: "OCD" }
C1233: "_BEAMER_LAST_POST_SHOWN_" { function: "Marketing", purpose: "OCD" }
C1234: "_BEAMER_FILTER_BY_URL_" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adhese" {
C1236: "cap" { function: "Marketing", purpose: "OCD" }
C1237: "pubmatic_uid" { function: "Marketing", purpose: "OCD" }
C1238: "improvedigital_uid" { function: "Marketing", purpose: "OCD" }
C1239: "adform_uid" { function: "Marketing", purpose: "OCD" }
C1240: "appnexus_uid" { function: "Marketing", purpose: "OCD" }
C1241: "triplelift_uid" { function: "Marketing", purpose: "OCD" }
C1242: "adheseCustomer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Kelkoo" {
C1257: "KelkooID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Customer.io" {
C1258: "_cio" { function: "Marketing", purpose: "OCD" }
C1259: "_cioid" { function: "Marketing", purpose: "OCD" }
C1260: "_cioanonid" { function: "Marketing", purpose: "OCD" }
C1261: "cioFT" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tappx" {
C1265: "TXCSDMN_" { function: "Marketing", purpose: "OCD" }
C1266: "TXCD" { function: "Marketing", purpose: "OCD" }
            }
            provider "richAudience" {
C1267: "rai-pltn-pl-" { function: "Marketing", purpose: "OCD" }
C1268: "avcid-" { function: "Marketing", purpose: "OCD" }
C1269: "pdid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Media.net" {
C1270: "data-" { function: "Marketing", purpose: "OCD" }
C1271: "visitor-id" { function: "Marketing", purpose: "OCD" }
C1272: "gdpr_status" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dotomi" {
C1274: "DotomiUser" { function: "Marketing", purpose: "OCD" }
C1275: "cjae" { function: "Marketing", purpose: "OCD" }
C1276: "DotomiStatus" { function: "Marketing", purpose: "OCD" }
C1277: "DotomiSession_" { function: "Marketing", purpose: "OCD" }
C1278: "DotomiSync" { function: "Marketing", purpose: "OCD" }
C1279: "dtm_token" { function: "Marketing", purpose: "OCD" }
C1280: "dtm_token_exp" { function: "Marketing", purpose: "OCD" }
C1281: "dtm_tcdata" { function: "Marketing", purpose: "OCD" }
C1282: "dtm_tcdata_exp" { function: "Marketing", purpose: "OCD" }
C1283: "dtm_token_sc" { function: "Marketing", purpose: "OCD" }
C1284: "dtm_user_id" { function: "Marketing", purpose: "OCD" }
C1285: "dtm_gdpr_delete" { function: "Marketing", purpose: "OCD" }
C1286: "dtm_gpc_optout" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fastclick" {
C1287: "pluto2" { function: "Marketing", purpose: "OCD" }
C1288: "pluto" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediaplex" {
C1290: "svid" { function: "Marketing", purpose: "OCD" }
C1291: "rts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Salesforce" {
C1350: "oinfo" { function: "Marketing", purpose: "OCD" }
C1351: "expid_" { function: "Marketing", purpose: "OCD" }
C1353: "_kuid_" { function: "Marketing", purpose: "OCD" }
C1354: "visitor_id" { function: "Marketing", purpose: "OCD" }
C1393: "igodigitalstdomain" { function: "Marketing", purpose: "OCD" }
C1394: "igodigitalst_" { function: "Marketing", purpose: "OCD" }
C1395: "igodigitaltc2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Usabilla" {
C1421: "usbls" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sailthru" {
C1437: "sailthru_content" { function: "Marketing", purpose: "OCD" }
C1438: "sailthru_pageviews" { function: "Marketing", purpose: "OCD" }
C1439: "sailthru_visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nielsen" {
C1440: "IMRID" { function: "Marketing", purpose: "OCD" }
C1441: "ud" { function: "Marketing", purpose: "OCD" }
C1442: "udo" { function: "Marketing", purpose: "OCD" }
C1443: "EE" { function: "Marketing", purpose: "OCD" }
            }
            provider "Piano" {
C1451: "_pcus" { function: "Marketing", purpose: "OCD" }
C1453: "cX_G" { function: "Marketing", purpose: "OCD" }
C1454: "gckp" { function: "Marketing", purpose: "OCD" }
C1456: "pnespsdk_pnespid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Qualaroo" {
C1477: "ki_s" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nativo" {
C1481: "opt_out" { function: "Marketing", purpose: "OCD" }
C1482: "visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Verve" {
C1483: "lkqdid" { function: "Marketing", purpose: "OCD" }
C1484: "lkqdidts" { function: "Marketing", purpose: "OCD" }
            }
            provider "33Across" {
C1485: "33x_ps" { function: "Marketing", purpose: "OCD" }
            }
            provider "Disqus" {
C1506: "vglnk.Agent.p" { function: "Marketing", purpose: "OCD" }
C1507: "vglnk.PartnerRfsh.p" { function: "Marketing", purpose: "OCD" }
            }
            provider "Twiago" {
C1508: "deuxesse_uxid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Emetric" {
C1509: "pid_short" { function: "Marketing", purpose: "OCD" }
C1510: "pid_signature" { function: "Marketing", purpose: "OCD" }
C1511: "ep" { function: "Marketing", purpose: "OCD" }
            }
            provider "Totvs" {
C1512: "u" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beeswax" {
C1514: "bitoIsSecure" { function: "Marketing", purpose: "OCD" }
C1515: "bito" { function: "Marketing", purpose: "OCD" }
            }
            provider "Acuity" {
C1522: "auid" { function: "Marketing", purpose: "OCD" }
            }
            provider "MercadoLibre" {
C1527: "_d2id" { function: "Marketing", purpose: "OCD" }
C1528: "edsid" { function: "Marketing", purpose: "OCD" }
C1529: "ftid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Aniview" {
C1530: "aniC" { function: "Marketing", purpose: "OCD" }
C1531: "version" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediarithmics" {
C1532: "mics_vid" { function: "Marketing", purpose: "OCD" }
C1533: "mics_uaid" { function: "Marketing", purpose: "OCD" }
C1534: "mics_lts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C1535: "n360-thirtythreeacross" { function: "Marketing", purpose: "OCD" }
C1536: "n360_appnexus" { function: "Marketing", purpose: "OCD" }
C1537: "n360-appnexus" { function: "Marketing", purpose: "OCD" }
C1538: "n360_bliink" { function: "Marketing", purpose: "OCD" }
C1539: "n360-bliink" { function: "Marketing", purpose: "OCD" }
C1540: "n360_amx" { function: "Marketing", purpose: "OCD" }
C1541: "n360-amx" { function: "Marketing", purpose: "OCD" }
C1542: "n360_adform" { function: "Marketing", purpose: "OCD" }
C1543: "n360-adform" { function: "Marketing", purpose: "OCD" }
C1544: "n360_adnuntius" { function: "Marketing", purpose: "OCD" }
C1545: "n360-adnuntius" { function: "Marketing", purpose: "OCD" }
C1546: "n360-adot" { function: "Marketing", purpose: "OCD" }
C1547: "n360_adyoulike" { function: "Marketing", purpose: "OCD" }
C1548: "n360-adyoulike" { function: "Marketing", purpose: "OCD" }
C1549: "n360_connectad" { function: "Marketing", purpose: "OCD" }
C1550: "n360-connectad" { function: "Marketing", purpose: "OCD" }
C1551: "n360_conversant" { function: "Marketing", purpose: "OCD" }
C1552: "n360-conversant" { function: "Marketing", purpose: "OCD" }
C1553: "n360_cwire" { function: "Marketing", purpose: "OCD" }
C1554: "n360-cwire" { function: "Marketing", purpose: "OCD" }
C1555: "n360_firstid" { function: "Marketing", purpose: "OCD" }
C1556: "n360-firstid" { function: "Marketing", purpose: "OCD" }
C1557: "n360-freewheel" { function: "Marketing", purpose: "OCD" }
C1558: "n360_fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1559: "n360-fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1560: "n360_fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1561: "n360-fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1562: "n360_fueldigital" { function: "Marketing", purpose: "OCD" }
C1563: "n360-fueldigital" { function: "Marketing", purpose: "OCD" }
C1564: "n360_gingerad" { function: "Marketing", purpose: "OCD" }
C1565: "n360-gingerad" { function: "Marketing", purpose: "OCD" }
C1566: "n360_goodad" { function: "Marketing", purpose: "OCD" }
C1567: "n360-goodad" { function: "Marketing", purpose: "OCD" }
C1568: "n360_gravity" { function: "Marketing", purpose: "OCD" }
C1569: "n360_groupm" { function: "Marketing", purpose: "OCD" }
C1570: "n360-groupm" { function: "Marketing", purpose: "OCD" }
C1571: "n360_improve" { function: "Marketing", purpose: "OCD" }
C1572: "n360-improve" { function: "Marketing", purpose: "OCD" }
C1573: "n360_ix" { function: "Marketing", purpose: "OCD" }
C1574: "n360-ix" { function: "Marketing", purpose: "OCD" }
C1575: "n360_medianet" { function: "Marketing", purpose: "OCD" }
C1576: "n360-medianet" { function: "Marketing", purpose: "OCD" }
C1577: "n360_moneytag" { function: "Marketing", purpose: "OCD" }
C1578: "n360-moneytag" { function: "Marketing", purpose: "OCD" }
C1579: "n360_nextmillennium" { function: "Marketing", purpose: "OCD" }
C1580: "n360_onetag" { function: "Marketing", purpose: "OCD" }
C1581: "n360-onetag" { function: "Marketing", purpose: "OCD" }
C1582: "n360_openx" { function: "Marketing", purpose: "OCD" }
C1583: "n360-openx" { function: "Marketing", purpose: "OCD" }
C1584: "n360_outbrain" { function: "Marketing", purpose: "OCD" }
C1585: "n360-outbrain" { function: "Marketing", purpose: "OCD" }
C1586: "n360_plista" { function: "Marketing", purpose: "OCD" }
C1587: "n360-plista" { function: "Marketing", purpose: "OCD" }
C1588: "n360_pubmatic" { function: "Marketing", purpose: "OCD" }
C1589: "n360-pubmatic" { function: "Marketing", purpose: "OCD" }
C1590: "n360_pulsepoint" { function: "Marketing", purpose: "OCD" }
C1591: "n360_quantum" { function: "Marketing", purpose: "OCD" }
C1592: "n360-quantum" { function: "Marketing", purpose: "OCD" }
C1593: "n360_richaudience" { function: "Marketing", purpose: "OCD" }
C1594: "n360-richaudience" { function: "Marketing", purpose: "OCD" }
C1595: "n360_rtbhouse" { function: "Marketing", purpose: "OCD" }
C1596: "n360-rtbhouse" { function: "Marketing", purpose: "OCD" }
C1597: "n360_rubicon" { function: "Marketing", purpose: "OCD" }
C1598: "n360-rubicon" { function: "Marketing", purpose: "OCD" }
C1599: "n360_sharethrough" { function: "Marketing", purpose: "OCD" }
C1600: "n360-sharethrough" { function: "Marketing", purpose: "OCD" }
C1601: "n360_smaato" { function: "Marketing", purpose: "OCD" }
C1602: "n360-smaato" { function: "Marketing", purpose: "OCD" }
C1603: "n360-smartadserver" { function: "Marketing", purpose: "OCD" }
C1604: "n360_smartyads" { function: "Marketing", purpose: "OCD" }
C1605: "n360-smartyads" { function: "Marketing", purpose: "OCD" }
C1606: "n360_smilewanted" { function: "Marketing", purpose: "OCD" }
C1607: "n360-smilewanted" { function: "Marketing", purpose: "OCD" }
C1608: "n360_staila" { function: "Marketing", purpose: "OCD" }
C1609: "n360-staila" { function: "Marketing", purpose: "OCD" }
C1610: "n360_tappx" { function: "Marketing", purpose: "OCD" }
C1611: "n360-tappx" { function: "Marketing", purpose: "OCD" }
C1612: "n360_mediagrid" { function: "Marketing", purpose: "OCD" }
C1613: "n360-mediagrid" { function: "Marketing", purpose: "OCD" }
C1614: "n360-ttd" { function: "Marketing", purpose: "OCD" }
C1615: "n360_traffective" { function: "Marketing", purpose: "OCD" }
C1616: "n360-traffective" { function: "Marketing", purpose: "OCD" }
C1617: "n360_triplelift" { function: "Marketing", purpose: "OCD" }
C1618: "n360-triplelift" { function: "Marketing", purpose: "OCD" }
C1619: "n360_yahoo" { function: "Marketing", purpose: "OCD" }
C1620: "n360-yahoo" { function: "Marketing", purpose: "OCD" }
C1621: "n360_vidoomy" { function: "Marketing", purpose: "OCD" }
C1622: "n360-vidoomy" { function: "Marketing", purpose: "OCD" }
C1623: "n360_yieldlab" { function: "Marketing", purpose: "OCD" }
C1624: "n360-yieldlab" { function: "Marketing", purpose: "OCD" }
            }
            provider "MediaVine" {
C1625: "mv_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
C1626: "am_tokens" { function: "Marketing", purpose: "OCD" }
C1627: "am_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yieldmo" {
C1629: "ptrcriteo" { function: "Marketing", purpose: "OCD" }
C1630: "ptrrhs" { function: "Marketing", purpose: "OCD" }
C1632: "ptrrc" { function: "Marketing", purpose: "OCD" }
C1633: "ptran" { function: "Marketing", purpose: "OCD" }
C1634: "ptrt" { function: "Marketing", purpose: "OCD" }
C1635: "ptrpp" { function: "Marketing", purpose: "OCD" }
C1636: "ptrpub" { function: "Marketing", purpose: "OCD" }
C1637: "ptrb" { function: "Marketing", purpose: "OCD" }
C1638: "ptropenx" { function: "Marketing", purpose: "OCD" }
C1639: "ptrbsw" { function: "Marketing", purpose: "OCD" }
C1640: "ptreps" { function: "Marketing", purpose: "OCD" }
C1641: "ptradtrt" { function: "Marketing", purpose: "OCD" }
            }
            provider "Springserve" {
C1642: "ssid" { function: "Marketing", purpose: "OCD" }
C1643: "sst" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bouncex" {
C1644: "dgzsdl08v4" { function: "Marketing", purpose: "OCD" }
C1645: "bounceClientVisit" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tailtarget" {
C1653: "ttbprf" { function: "Marketing", purpose: "OCD" }
C1654: "ttc" { function: "Marketing", purpose: "OCD" }
C1655: "ttnprf" { function: "Marketing", purpose: "OCD" }
C1656: "n" { function: "Marketing", purpose: "OCD" }
C1657: "trk" { function: "Marketing", purpose: "OCD" }
C1658: "ttca" { function: "Marketing", purpose: "OCD" }
C1659: "tp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Groovinads" {
C1667: "GRV_BHV_UID" { function: "Marketing", purpose: "OCD" }
C1668: "GRV_BHV_IDCC" { function: "Marketing", purpose: "OCD" }
C1669: "GRV_BHV_SKU" { function: "Marketing", purpose: "OCD" }
C1670: "GRV_BHV_IDCAT" { function: "Marketing", purpose: "OCD" }
C1671: "GRV_IDU" { function: "Marketing", purpose: "OCD" }
C1672: "NPA" { function: "Marketing", purpose: "OCD" }
C1673: "GRV_BHV_BRND_" { function: "Marketing", purpose: "OCD" }
C1674: "GRV_google" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bidence" {
C1675: "duid_update_time" { function: "Marketing", purpose: "OCD" }
C1676: "_ssp_update_time" { function: "Marketing", purpose: "OCD" }
C1677: "_dsp_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1699: "TADCID" { function: "Marketing", purpose: "OCD" }
C1700: "ServerPool" { function: "Marketing", purpose: "OCD" }
            }
            provider "Underdog Media" {
C1704: "dt" { function: "Marketing", purpose: "OCD" }
C1705: "udmts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1733: "_crazyegg" { function: "Marketing", purpose: "OCD" }
C1736: "ce_signup_partner" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adkernel" {
C1754: "SSPZ" { function: "Marketing", purpose: "OCD" }
C1755: "ADKUID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smaato" {
C1756: "SCM" { function: "Marketing", purpose: "OCD" }
C1757: "SCMaps" { function: "Marketing", purpose: "OCD" }
C1758: "SCMsovrn" { function: "Marketing", purpose: "OCD" }
C1759: "SCMinf" { function: "Marketing", purpose: "OCD" }
C1760: "SCMo" { function: "Marketing", purpose: "OCD" }
C1761: "SCMg" { function: "Marketing", purpose: "OCD" }
            }
            provider "Undertone" {
C1762: "UTID_ENC" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1778: "_dy_cs_storage_items" { function: "Marketing", purpose: "OCD" }
C1779: "_dy_cs_cookie_items" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blue" {
C1780: "ckid" { function: "Marketing", purpose: "OCD" }
C1781: "hash" { function: "Marketing", purpose: "OCD" }
C1782: "BLUEID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Instagram" {
C1783: "ig_did" { function: "Marketing", purpose: "OCD" }
C1784: "ig_cb" { function: "Marketing", purpose: "OCD" }
C1786: "fbm_" { function: "Marketing", purpose: "OCD" }
C1787: "shbid" { function: "Marketing", purpose: "OCD" }
C1788: "shbts" { function: "Marketing", purpose: "OCD" }
C1789: "sessionid" { function: "Marketing", purpose: "OCD" }
            }
            provider "CreativeCDN" {
C1814: "g" { function: "Marketing", purpose: "OCD" }
            }
            provider "RD Station" {
C1898: "rdtrk" { function: "Marketing", purpose: "OCD" }
C1899: "_rdtrk" { function: "Marketing", purpose: "OCD" }
C1900: "_rd_experiment_version" { function: "Marketing", purpose: "OCD" }
C1902: "_rdlps_pp" { function: "Marketing", purpose: "OCD" }
C1903: "_rd_wa_first_session" { function: "Marketing", purpose: "OCD" }
C1904: "_sp_wa_first_session" { function: "Marketing", purpose: "OCD" }
C1905: "_rd_wa_id" { function: "Marketing", purpose: "OCD" }
C1906: "_sp_wa_id" { function: "Marketing", purpose: "OCD" }
C1907: "_rd_wa_ses_id" { function: "Marketing", purpose: "OCD" }
C1908: "_sp_wa_ses_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Command Act" {
C1925: "tc_cj_v2" { function: "Marketing", purpose: "OCD" }
C1926: "tc_cj_v2_cmp." { function: "Marketing", purpose: "OCD" }
C1927: "tc_cj_v2_med" { function: "Marketing", purpose: "OCD" }
C1933: "CAID" { function: "Marketing", purpose: "OCD" }
C1934: "TCID" { function: "Marketing", purpose: "OCD" }
C1935: "WID" { function: "Marketing", purpose: "OCD" }
C1937: "TMS" { function: "Marketing", purpose: "OCD" }
C1939: "TCSESSION" { function: "Marketing", purpose: "OCD" }
C1940: "TCREDIRECT" { function: "Marketing", purpose: "OCD" }
C1941: "TCLANDINGURL" { function: "Marketing", purpose: "OCD" }
C1956: "TCREDIRECT_DEDUP" { function: "Marketing", purpose: "OCD" }
            }
            provider "GumGum" {
C1959: "cs" { function: "Marketing", purpose: "OCD" }
C1960: "vst" { function: "Marketing", purpose: "OCD" }
            }
            provider "Typeform" {
C1963: "attribution_user_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Stape" {
C1969: "_gtmeec" { function: "Marketing", purpose: "OCD" }
            }
            provider "Exponea" {
C1972: "__exponea_etc__" { function: "Marketing", purpose: "OCD" }
C1973: "__exponea_time2__" { function: "Marketing", purpose: "OCD" }
            }
            provider "Awin" {
C1986: "lantern" { function: "Marketing", purpose: "OCD" }
C1987: "AwinChannelCookie" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `exact_2000`'s names, to their index in `exact_2000::POLICY.cookies()`.
pub static EXACT_2000_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"__eoi" => 0,
"aboutads_sessNNN" => 1,
"__AntiXsrfToken" => 2,
"csrf_same_site" => 3,
"csrf_same_site_set" => 4,
"INDEED_CSRF_TOKEN" => 5,
"XSRF-TOKEN" => 6,
".AspNetCore.Antiforgery." => 7,
"csrf-canary" => 8,
"form_key" => 9,
"hs-membership-csrf" => 10,
"hubspotapi-csrf" => 11,
"CMSCsrfCookie" => 12,
"ZCAMPAIGN_CSRF_TOKEN" => 13,
"CRAFT_CSRF_TOKEN" => 14,
"_csrf" => 15,
"idccsrf" => 16,
"devOverrideCsrfToken" => 17,
"Host-ERIC_PROD-" => 18,
"xf_csrf" => 19,
"saml_csrf_token" => 20,
"__cpmQQ_trackers" => 21,
"__cpmQQ_trackers_timestamp" => 22,
"__cmpQQ_usedCoookies" => 23,
"__cmpQQ_consentID" => 24,
"__cmpQQ_CookieConsent" => 25,
"next-auth." => 26,
"sb-" => 27,
"clerk_" => 28,
"cookiePreferences" => 29,
"CookieConsent" => 30,
"CookieConsentBulkTicket" => 31,
"userlang" => 32,
"consentUUID" => 33,
"CrossConsent" => 34,
"1.gif" => 35,
"cb-currency" => 36,
"CookieConsentBulkSetting-" => 37,
"cookieconsent_variant" => 38,
"cookieconsent_system" => 39,
"cookieconsent_seen" => 40,
"FPGSID" => 41,
"_Secure-ENID" => 42,
"Secure-YEC" => 43,
"CGIC" => 44,
"_Secure-YEC" => 45,
"__Secure-YNID" => 46,
"CONSENT" => 47,
"SOCS" => 48,
"SMSV" => 49,
"__Host-1PLSID" => 50,
"__Host-3PLSID" => 51,
"__Host-GAPS" => 52,
"LSOLH" => 53,
"g_enabled_idps" => 54,
"G_AUTHUSER_H" => 55,
"__Secure-ENID" => 56,
"SEARCH_SAMESITE" => 57,
"GCLB" => 58,
"receive-cookie-deprecation" => 59,
"_GRECAPTCHA" => 60,
"pm_sess" => 61,
"ANID" => 62,
"GA_OPT_OUT" => 63,
"AEC" => 64,
"django_language" => 65,
"test_cookie" => 66,
"sat_track" => 67,
"at_check" => 68,
"renderid" => 69,
"presence" => 70,
"PPAuth" => 71,
"MSPAuth" => 72,
"MSNRPSAuth" => 73,
"KievRPSAuth" => 74,
"WLSSC" => 75,
"MSPProf" => 76,
"MS0" => 77,
"x-ms-gateway-slice" => 78,
"brcap" => 79,
"buid" => 80,
"esctx" => 81,
"fpc" => 82,
"stsservicecookie" => 83,
"ARRAffinity" => 84,
"ARRAffinitySameSite" => 85,
".ASPXANONYMOUS" => 86,
".ASPXAUTH" => 87,
"nSGt-" => 88,
"RpsContextCookie" => 89,
"ASLBSA" => 90,
"ASPSESSIO" => 91,
"ApplicationGatewayAffinity" => 92,
"ApplicationGatewayAffinityCORS" => 93,
"VisitorStorageGuid" => 94,
".AspNetCore.Mvc.CookieTempDataProvider" => 95,
"x-ms-cpim-admin" => 96,
"x-ms-cpim-slice" => 97,
"x-ms-cpim-trans" => 98,
"x-ms-cpim-sso" => 99,
"x-ms-cpim-cache" => 100,
"x-ms-cpim-dc" => 101,
"x-ms-cpim-ctx" => 102,
"x-ms-cpim-rp" => 103,
"x-ms-cpim-rc" => 104,
"x-ms-cpim-geo" => 105,
"Dynamics365PortalAnalytics" => 106,
"ai_session" => 107,
"ai_user" => 108,
"AADNonce.forms" => 109,
"DcLcid" => 110,
"esctx-" => 111,
"isFirstSession" => 112,
"MSO" => 113,
"ASP.NET_Sessio" => 114,
"ASP.NET_Sessio_Fallback" => 115,
"__RequestVerificationToken" => 116,
"ASP.NET_SessionId" => 117,
"cookie-consent-io" => 118,
"cookie-consent-io-timestamp" => 119,
"cookie-consent-io-gdpr" => 120,
"PREF" => 121,
"DEVICE_INFO" => 122,
"LOGIN_INFO" => 123,
"__cfduid" => 124,
"__cfruid" => 125,
"__cf_bm" => 126,
"cf_chl_2" => 127,
"_cfuvid" => 128,
"cf_clearance" => 129,
"__cfseq" => 130,
"cf_ob_info" => 131,
"cf_use_ob" => 132,
"__cfwaitingroom" => 133,
"cf_chl_rc_i" => 134,
"cf_chl_rc_ni" => 135,
"cf_chl_rc_m" => 136,
"_hjTLDTest" => 137,
"_hjUserAttributesHash" => 138,
"_hjLocalStorageTest" => 139,
"_hjptid" => 140,
"_hjAbsoluteSessionInProgress" => 141,
"_hjFirstSeen" => 142,
"_hjIncludedInPageviewSample" => 143,
"_hjIncludedInSessionSample" => 144,
"_hjSessionUser_" => 145,
"_hjSessionTooLarge" => 146,
"_hjSessionRejected" => 147,
"_hjSessionResumed" => 148,
"hjViewportId" => 149,
"_hjSessionStorageTest" => 150,
"_hjCookieTest" => 151,
"ORA_WWV_APP_" => 152,
"laravel_session" => 153,
"PHPSESSID" => 154,
"__Secure-PHPSESSID" => 155,
"lang" => 156,
"li_gc" => 157,
"li_rm" => 158,
"sdsc" => 159,
"lihc_auth_" => 160,
"li_a" => 161,
"li_ep_auth_context" => 162,
"fcookie" => 163,
"chp_token" => 164,
"li_cu" => 165,
"denial-client-ip" => 166,
"denial-reason-code" => 167,
"rtc" => 168,
"li_referer" => 169,
"f_token" => 170,
"li_apfcdc" => 171,
"li_odapfcc" => 172,
"ac_L" => 173,
"ac_LD" => 174,
"recent_history_status" => 175,
"uh" => 176,
"pushPermInfo" => 177,
"pushPermState" => 178,
"wwepo" => 179,
"li_ec" => 180,
"li_gpc" => 181,
"li_gp" => 182,
"PLAY_FLASH" => 183,
"PLAY_LANG" => 184,
"PLAY_SESSION" => 185,
"redirectFromM2MInviteAccept" => 186,
"cookie.policy.banner.eu" => 187,
"cookie.policy.banner.nl" => 188,
"appName" => 189,
"appLang" => 190,
"lls-integration" => 191,
"feed-sort" => 192,
"abiRedirect" => 193,
"lil-lang" => 194,
"li_alerts" => 195,
"li_theme" => 196,
"integration_type" => 197,
"lms_analytics" => 198,
"li_fat_id" => 199,
"li_giant" => 200,
"recent_history" => 201,
"AWSALB" => 202,
"AWSALBCORS" => 203,
"AWSELBCORS" => 204,
"AWSELB" => 205,
"AWSALBTGCORS" => 206,
"AWSALBTG" => 207,
"aws-csds-token" => 208,
"aws_lang" => 209,
"aws-priv" => 210,
"_cq_duid" => 211,
"_cq_suid" => 212,
"KTPCACOOKIE" => 213,
"COKENBLD" => 214,
"PUBUIDSYNCUPFQ" => 215,
"pubtime_" => 216,
"PMFREQ_ON" => 217,
"FPtrust" => 218,
"_curtime" => 219,
"PMDTSHR" => 220,
"chk" => 221,
"chkSecSet" => 222,
"chkChromeAb67" => 223,
"pubsyncexp" => 224,
"ipc" => 225,
"Kiyohnl" => 226,
"gdpr" => 227,
"gpp" => 228,
"cfid" => 229,
"cftoken" => 230,
"ss" => 231,
"dyncdn" => 232,
"Pdomid" => 233,
"t_pt_gid" => 234,
"taboola_select" => 235,
"taboola_fp_td_user_id" => 236,
"_tb_sess_r" => 237,
"fonts-loaded" => 238,
"html-classes" => 239,
"SNLB2" => 240,
"lz_last_visit" => 241,
"lz_userid" => 242,
".secureclient" => 243,
".securesession" => 244,
".stateflags" => 245,
".auth" => 246,
"_pinterest_cm" => 247,
"_pinterest_sess" => 248,
"NopCommerce.RecentlyViewedProducts" => 249,
"NOPCOMMERCE.AUTH" => 250,
"tsrvid" => 251,
"product_data_storage" => 252,
"mage-cache-sessid" => 253,
"mage-cache-storage" => 254,
"mage-cache-storage-section-invalidation" => 255,
"mage-cache-timeout" => 256,
"mage-messages" => 257,
"mage-translation-file-version" => 258,
"recently_compared_product" => 259,
"recently_compared_product_previous" => 260,
"recently_viewed_product" => 261,
"recently_viewed_product_previous" => 262,
"user_allowed_save_cookie" => 263,
"external_no_cache" => 264,
"persistent_shopping_cart" => 265,
"stf" => 266,
"pollN" => 267,
"frontend" => 268,
"guest-view" => 269,
"mage-banners-cache-storage" => 270,
"private_content_version" => 271,
"X-Magento-Vary" => 272,
"section_data_ids" => 273,
"section_data_clean" => 274,
"last_visited_store" => 275,
"store" => 276,
"login_redirect" => 277,
"wordpress_test_cookie" => 278,
"componentType" => 279,
"componentStyle" => 280,
"OptanonConsent" => 281,
"OptanonAlertBoxClosed" => 282,
"OptanonControl" => 283,
"OneTrustWPCCPAGoogleOptOut" => 284,
"utm_key" => 285,
"__Secure-fgpt" => 286,
"wwwchannelme_z_sid" => 287,
"SSR-caching" => 288,
"smSession" => 289,
"ForceFlashSite" => 290,
"hs" => 291,
"bSession" => 292,
"TS01" => 293,
"fedops.logger.sessionId" => 294,
"wixLanguage" => 295,
"_wixCIDX" => 296,
"consent-policy" => 297,
"client-session-bind" => 298,
"server-session-bind" => 299,
"_ab" => 300,
"Cart" => 301,
"cart_sig" => 302,
"cart_ts" => 303,
"checkout_token" => 304,
"Secret" => 305,
"Secure_customer_sig" => 306,
"storefront_digest" => 307,
"shopify_pay_redirect" => 308,
"cart_currency" => 309,
"dynamic_checkout_shown_on_cart" => 310,
"keep_alive" => 311,
"checkout_session_token" => 312,
"cart_ver" => 313,
"localization" => 314,
"locale_bar_accepted" => 315,
"_cmp_a" => 316,
"_customer_account_shop_sessions" => 317,
"customer_account_locale" => 318,
"hide_shopify_pay_for_checkout" => 319,
"master_device_id" => 320,
"previous_step" => 321,
"discount_code" => 322,
"remember_me" => 323,
"shopify_pay" => 324,
"checkout_prefill" => 325,
"checkout_queue_token" => 326,
"checkout_worker_session" => 327,
"checkout_session_token_" => 328,
"identity-state" => 329,
"identity-state-" => 330,
"identity_customer_account_number" => 331,
"card_update_verification_id" => 332,
"customer_account_new_login" => 333,
"customer_account_preview" => 334,
"customer_payment_method" => 335,
"pay_update_intent_id" => 336,
"profile_preview_token" => 337,
"login_with_shop_finalize" => 338,
"preview_theme" => 339,
"shopify-editor-unconfirmed-settings" => 340,
"_shopify_essential_" => 341,
"__hs_opt_out" => 342,
"__hs_do_not_track" => 343,
"__hs_initial_opt_in" => 344,
"hs_ab_test" => 345,
"hs-messages-hide-welcome-message" => 346,
"__hsmem" => 347,
"hs_langswitcher_choice" => 348,
"hubspotapi-prefs" => 349,
"__hs_gpc_banner_dismiss" => 350,
"__hs_notify_banner_dismiss" => 351,
"Player" => 352,
"continuous_play_v3" => 353,
"__stripe_mid" => 354,
"__stripe_sid" => 355,
"m" => 356,
"woocommerce_cart_hash" => 357,
"wp_woocommerce_session_" => 358,
"woocommerce_recently_viewed" => 359,
"store_notice" => 360,
"woocommerce_snooze_suggestions__" => 361,
"woocommerce_dismissed_suggestions__" => 362,
"tk_ai" => 363,
"incap_ses_" => 364,
"nlbi_" => 365,
"visid_incap_" => 366,
"sp_t" => 367,
"sp_landing" => 368,
"sess" => 369,
"cc-" => 370,
"pgid-org-" => 371,
"SecureSessionID-" => 372,
"CMSCookieLevel" => 373,
"CMSPreferredCulture" => 374,
"X-AB" => 375,
"_vwo_uuid_v2" => 376,
"_vwo_uuid" => 377,
"_vis_opt_s" => 378,
"_vis_opt_test_cookie" => 379,
"_vis_opt_exp_" => 380,
"_vwo_ssm" => 381,
"zc_consent" => 382,
"zc_cu_exp" => 383,
"uesign" => 384,
"wa_ul" => 385,
"wa_lang_pref" => 386,
"has_js" => 387,
"SnapABugVisit" => 388,
"yith_wcwl_session_" => 389,
"INGRESSCOOKIE" => 390,
"cookielawinfo-checkbox-necessary" => 391,
"cookielawinfo-checkbox-non-necessary" => 392,
"viewed_cookie_policy" => 393,
"cookielawinfo-checkbox-marketing" => 394,
"cookielawinfo-checkbox-analytics" => 395,
"cookielawinfo-checkbox-performance" => 396,
"cookielawinfo-checkbox-others" => 397,
"cookielawinfo-checkbox-advertisement" => 398,
"cli_user_preference" => 399,
"cookielawinfo-checkbox-preferences" => 400,
"CookieLawInfoConsent" => 401,
"__sqra" => 402,
"__sqrb" => 403,
"__sqrc" => 404,
"KC_RESTART" => 405,
"KC_START" => 406,
"KEYCLOAK_IDENTITY" => 407,
"KEYCLOAK_LOCALE" => 408,
"KEYCLOAK_REMEMBER_ME" => 409,
"KEYCLOAK_SESSION" => 410,
"KC_STATE_CHECKER" => 411,
"KC_AUTH_STATE" => 412,
"AUTH_SESSION_ID_LEGACY" => 413,
"_abck" => 414,
"AKA_A2" => 415,
"bm_sv" => 416,
"CraftSessionId" => 417,
"ci_session" => 418,
"__lc_cid" => 419,
"__lc_cst" => 420,
"__lc2_cid" => 421,
"__lc2_cst" => 422,
"__livechat" => 423,
"CAKEPHP" => 424,
"wp-wpml_current_language" => 425,
"_flowbox" => 426,
"acalltrackersession" => 427,
"excludecalltracking" => 428,
"wordpress_google_apps_login" => 429,
"ckies_necessary" => 430,
"ckies_performance" => 431,
"ckies_marketing" => 432,
"ClickAndChange" => 433,
"pll_language" => 434,
"browserupdateorg" => 435,
"TawkConnectionTime" => 436,
"TawkCookie" => 437,
"__tawkuuid" => 438,
"sqzl_consent" => 439,
"belco-anonymous-id" => 440,
"belco-cookies" => 441,
"BCPermissionLevel" => 442,
"apbct_" => 443,
"ct_" => 444,
"spbc_cookies_test" => 445,
"spbc_firewall_pass_key" => 446,
"spbc_is_logged_in" => 447,
"spbc_2fa_passed" => 448,
"spbc_timer" => 449,
"spbc_log_id" => 450,
"auth0" => 451,
"auth0-mf" => 452,
"auth0-mf_compat" => 453,
"did" => 454,
"did_compat" => 455,
"__txn_" => 456,
"ja_purity_tpl" => 457,
"ja_purity_ii_tpl" => 458,
"BIGipServer" => 459,
"ezds" => 460,
"ezohw" => 461,
"ezostid_" => 462,
"ezoawesome_" => 463,
"easysize_button_loaded_for_user" => 464,
"swym-email" => 465,
"swym-session-id" => 466,
"swym-pid" => 467,
"swym-swymRegid" => 468,
"swym-cu_ct" => 469,
"swym-o_s" => 470,
"swym-instrumentMap" => 471,
"swym-v-ckd" => 472,
"swym-tpermts" => 473,
"swym-u_pref" => 474,
"swym-weml" => 475,
"enforce_policy" => 476,
"x-pp-s" => 477,
"ts" => 478,
"ts_c" => 479,
"tsrce" => 480,
"nsid" => 481,
"X-PP-SILOVER" => 482,
"l7_az" => 483,
"SERVERID" => 484,
"bbuserid" => 485,
"bbpassword" => 486,
"bbsessionhash" => 487,
"bbcpsessionhash" => 488,
"bbnp_notices_displayed" => 489,
"bbsitebuilder_active" => 490,
"bblastvisit" => 491,
"wires" => 492,
"wires_challenge" => 493,
"ab.storage.userId." => 494,
"ab.optOut" => 495,
"ab._gd" => 496,
"devicePixelRatio" => 497,
"wp-settings-" => 498,
"wporg_logged_in" => 499,
"wporg_sec" => 500,
"wporg_locale" => 501,
"welcome-" => 502,
"showComments" => 503,
"trac_form_token" => 504,
"trac_session" => 505,
"codexUserId" => 506,
"codexUserName" => 507,
"wp-saving-post" => 508,
"comment_author_" => 509,
"comment_author_url_" => 510,
"wp-postpass_" => 511,
"wp-settings-time-" => 512,
"tix_view_token" => 513,
"jetpackState" => 514,
"jpp_math_pass" => 515,
"stnojs" => 516,
"wp_lang" => 517,
"cookiefirst-consent" => 518,
"_iub_cs-" => 519,
"didomi_token" => 520,
"_global_lucky_opt_out" => 521,
"_lo_np_" => 522,
"_lo_bn" => 523,
"_lo_cid" => 524,
"axeptio_authorized_vendors" => 525,
"axeptio_cookies" => 526,
"axeptio_all_vendors" => 527,
"borlabs-cookie" => 528,
"osano_consentmanager" => 529,
"osano_consentmanager_expdate" => 530,
"osano_consentmanager_uuid" => 531,
"cookieconsent_status" => 532,
"cookieconsent_page" => 533,
"__cmpconsent" => 534,
"__cmpiab" => 535,
"__cmpcvc" => 536,
"__cmpccc" => 537,
"__cmpwel" => 538,
"__cmpiuid" => 539,
"__cmpccx" => 540,
"__cmpcc" => 541,
"__cmpfcc" => 542,
"__cmpld" => 543,
"__cmpccpausps" => 544,
"hu-consent" => 545,
"complianz_policy_id" => 546,
"complianz_consent_status" => 547,
"cmplz_statistics" => 548,
"cmplz_preferences" => 549,
"cmplz_functional" => 550,
"cmplz_stats" => 551,
"cmplz_choice" => 552,
"cmplz_id" => 553,
"cmplz_user_data" => 554,
"cmplz_saved_services" => 555,
"cmplz_consented_services" => 556,
"cmplz_policy_id" => 557,
"cmplz_saved_categories" => 558,
"cookie_notice_accepted" => 559,
"moove_gdpr_popup" => 560,
"__tlbcpv" => 561,
"__tltpl_" => 562,
"__tluid" => 563,
"pubconsent" => 564,
"st_optout" => 565,
"pxcelAcc3PC" => 566,
"euconsent" => 567,
"fpestid" => 568,
"gig_canary" => 569,
"gig_canary_3" => 570,
"gig_canary_ver" => 571,
"glt_" => 572,
"gig_last_ver_" => 573,
"gig_loginToken_" => 574,
"_gig_shareUI_cb_" => 575,
"gig_toggles" => 576,
"gig3pctest" => 577,
"glnk" => 578,
"gst" => 579,
"GSLM_" => 580,
"SAML_" => 581,
"gltexp_" => 582,
"ua_" => 583,
"pmaAuth-" => 584,
"phpMyAdmin" => 585,
"pmaUser-" => 586,
"pma_lang" => 587,
"PLESKSESSID" => 588,
"plesk-items-per-page" => 589,
"plek-list-type" => 590,
"plesk-sort-field" => 591,
"sites-active-list-state-collapsed" => 592,
"lists-state" => 593,
"fe_typo_user" => 594,
"be_typo_user" => 595,
"Typo3InstallTool" => 596,
"be_lastLoginProvider" => 597,
"Datadome" => 598,
"_pbjs_userid_consent_data" => 599,
"fastclick" => 600,
"lhc_per" => 601,
"lhc_ldep" => 602,
"lhc_ses" => 603,
"_ym_debug" => 604,
"_ym_hostIndex" => 605,
"_KMPage" => 606,
"_KnowledgePageDispatcher" => 607,
"_KnowledgePageFilter" => 608,
"_KnowledgePageFilterArticleArticleType" => 609,
"_KnowledgePageFilterArticlePublishStatus" => 610,
"_KnowledgePageFilterArticleValidationStatus" => 611,
"_KnowledgePageFilterLanguage" => 612,
"_KnowledgePageFilterMyDraftArticleType" => 613,
"_KnowledgePageFilterMyDraftValidationStatus" => 614,
"_KnowledgePageSortFieldArticle" => 615,
"_KnowledgePageSortFieldMyDraft" => 616,
"_spring_KmMlAnyoneDraftArticlesList" => 617,
"_spring_KmMlArchivedArticlesList" => 618,
"_spring_KmMlMyDraftArticlesList" => 619,
"_spring_KmMlMyDraftTranslationsList" => 620,
"_spring_KmMlPublishedArticlesList" => 621,
"_spring_KmMlPublishedTranslationsList" => 622,
"_sid" => 623,
"activeView" => 624,
"autocomplete" => 625,
"BAYEAX_BROWSER" => 626,
"caPanelState" => 627,
"renderCtx" => 628,
"force-stream" => 629,
"sfdc-stream" => 630,
"BrowserId_sec" => 631,
"force-proxy-stream" => 632,
"QCQQ" => 633,
"sid_Client" => 634,
"rsid" => 635,
"rsid2" => 636,
"RRetURL" => 637,
"RRetURL2" => 638,
"alohaEpt" => 639,
"clientSrc" => 640,
"oid" => 641,
"cookieSettingVerified" => 642,
"cordovaVersion" => 643,
"cqcid" => 644,
"csssid" => 645,
"csssid_Client" => 646,
"disco" => 647,
"FedAuth" => 648,
"gTalkCollapsed" => 649,
"hideDevelopmentTools" => 650,
"hideFilesWarningModal" => 651,
"hideIdentityDialog" => 652,
"ideaToggle" => 653,
"inst" => 654,
"iotcontextsplashdisable" => 655,
"lastlist" => 656,
"liveagent_invite_rejected_" => 657,
"liveagent_sid" => 658,
"lloopch_loid" => 659,
"pc-unit" => 660,
"PreferredLanguage" => 661,
"promptTestMod" => 662,
"redirectionWarning" => 663,
"schgtclose" => 664,
"sfdc_lv2" => 665,
"showNewBuilderWarningMessage" => 666,
"sidebarPinned" => 667,
"ssostartpage" => 668,
"SUCSP" => 669,
"SUPRM" => 670,
"t" => 671,
"waveUserPrefFinderLeftNav" => 672,
"waveUserPrefFinderListView" => 673,
"webact" => 674,
"WelcomePanel" => 675,
"__Host-ERIC_PROD-" => 676,
"SetupDomainProbePassed" => 677,
"cookieyesID" => 678,
"cky-consent" => 679,
"cookieyes-functional" => 680,
"cookieyes-analytics" => 681,
"cookieyes-advertisement" => 682,
"cookieyes_privacy_policy_generator_session" => 683,
"cookieyes_session" => 684,
"cky-action" => 685,
"cookieyes-performance" => 686,
"cookieyes-consent" => 687,
"JSESSIONID" => 688,
"SSLB" => 689,
"SSRT" => 690,
"SSSC" => 691,
"ep201" => 692,
"ep202" => 693,
"RP_" => 694,
"sso_user" => 695,
"CX_" => 696,
"P_" => 697,
"sm_ir" => 698,
"sm_rec" => 699,
"RE_" => 700,
"xf_consent" => 701,
"xf_dbWriteForced" => 702,
"xf_inline_mod_" => 703,
"xf_language_id" => 704,
"xf_ls" => 705,
"xf_notice_dismiss" => 706,
"xf_push_notice_dismiss" => 707,
"xf_push_subscription_updated" => 708,
"xf_session" => 709,
"xf_tfa_trust" => 710,
"xf_toggle" => 711,
"xf_user" => 712,
"xf_emoji_usage" => 713,
"xf_from_search" => 714,
"CookieScriptConsent" => 715,
"rack.session" => 716,
"xbc" => 717,
"__tbc" => 718,
"__pls" => 719,
"__tac" => 720,
"pnespsdk_ssn" => 721,
"__utp" => 722,
"__pil" => 723,
"__pid" => 724,
"__idr" => 725,
"__eea" => 726,
"__code" => 727,
"__bid" => 728,
"__ut" => 729,
"__pnahc" => 730,
"LANG" => 731,
"LANG_CHANGED" => 732,
"_pctx" => 733,
"_pprv" => 734,
"_pcid" => 735,
"COOKIELAW_ADS" => 736,
"COOKIELAW_SOCIAL" => 737,
"COOKIELAW_STATS" => 738,
"CookieControl" => 739,
"HACIVICLB" => 740,
"HACIVIC" => 741,
"HAAPPLB" => 742,
"CGISESSID" => 743,
"NSC_" => 744,
"loginnotify_prevlogins" => 745,
"stopMobileRedirect" => 746,
"_vf_rd_test" => 747,
"VfSess" => 748,
"VfRefresh" => 749,
"VfAccess" => 750,
"vfThirdpartyCookiesEnabled" => 751,
"connect.sid" => 752,
"_zendesk_cookie" => 753,
"zte2095" => 754,
"__zlcprivacy" => 755,
"_answer_bot_service_session" => 756,
"ZD-zE_oauth" => 757,
"_zendesk_session" => 758,
"zendesk_thirdparty_test" => 759,
"_zendesk_shared_session" => 760,
"_zendesk_authenticated" => 761,
"_help_center_session" => 762,
"help_center_data" => 763,
"_zendesk_nps_session" => 764,
"ZD-settings" => 765,
"ZD-store" => 766,
"ZD-widgetOpen" => 767,
"ZD-launcherLabelRemoved" => 768,
"_zdsession_talk_embeddables_service" => 769,
"RT" => 770,
"api_token" => 771,
"unique_id" => 772,
"unique_id_durable" => 773,
"session_unique_id" => 774,
"server_session_id" => 775,
"twitch.lohp.countryCode" => 776,
"auth-token" => 777,
"enable-compact-scene-listing" => 778,
"videoChat.notice_dismissed" => 779,
"chat_rules_shown" => 780,
"device_id" => 781,
"referrer_url" => 782,
"sentry_device_id" => 783,
"session_storage_last_visited_twitch_url" => 784,
"local_storage_app_session_id" => 785,
"ce_login" => 786,
"ce_signup_flow" => 787,
"ceac" => 788,
"cean" => 789,
"celi" => 790,
"cean_assoc" => 791,
"first_snapshot_url" => 792,
"sharing_" => 793,
"ce_sid" => 794,
"cecu" => 795,
"TiPMix" => 796,
"x-ms-routing-name" => 797,
"_distillery" => 798,
"muxData" => 799,
"wistia-http2-push-disabled" => 800,
"wistia-video-progress-" => 801,
"DYID" => 802,
"_dyid" => 803,
"_dyid_server" => 804,
"DYSES" => 805,
"_dyjsession" => 806,
"_dycnst" => 807,
"_dy_lu_ses" => 808,
"_dy_ses_load_seq" => 809,
"_dy_soct" => 810,
"_dy_toffset" => 811,
"dy_fs_page" => 812,
"mid" => 813,
"_parsely_visitor" => 814,
"_parsely_tpa_blocked" => 815,
"_parsely_slot_click" => 816,
"_parsely_session" => 817,
"test" => 818,
"__editor_layout" => 819,
"codepen_signup_referrer" => 820,
"codepen_signup_referrer_date" => 821,
"app_manifest_token" => 822,
"color_mode" => 823,
"_device_id" => 824,
"dotcom_user" => 825,
"enterprise_trial_redirect_to" => 826,
"fileTreeExpanded" => 827,
"ghcc" => 828,
"_gh_ent" => 829,
"_gh_sess" => 830,
"gist_user_session" => 831,
"has_recent_activity" => 832,
"__Host-gist_user_session_same_site" => 833,
"__Host-user_session_same_site" => 834,
"marketplace_repository_ids" => 835,
"marketplace_suggested_target_id" => 836,
"org_transform_notice" => 837,
"private_mode_user_session" => 838,
"saml_return_to" => 839,
"show_cookie_banner" => 840,
"tz" => 841,
"user_session" => 842,
"_conv_r" => 843,
"_conv_s" => 844,
"_conv_v" => 845,
"QSI_S_" => 846,
"QST" => 847,
"QSIPopUnder_PopUnderTarget_SI_" => 848,
"QSI_CT" => 849,
"QSI_DATA" => 850,
"QSI_ReplaySession_Throttled_" => 851,
"QSI_ReplaySession_SampledOut_" => 852,
"_form_fields" => 853,
"NEXT_LOCALE" => 854,
"b925d32c" => 855,
"ssoCSRFCookie" => 856,
"p23mn32t" => 857,
"l34kn6no" => 858,
"a69k21bb" => 859,
"cgq80xhu" => 860,
"72ddbc27" => 861,
"kj76fg4h" => 862,
"tc_test_cookie" => 863,
"TCIPD" => 864,
"TC_PRIVACY" => 865,
"TC_PRIVACY_CENTER" => 866,
"TC_OUTPUT_categories" => 867,
"tc_sample_" => 868,
"TC_CHECK_COOKIES_SUPPORT" => 869,
"FDLBFIRSTAPI" => 870,
"FDLBFIRSTDATA" => 871,
"FDLBFIRSTCAMPAIGN" => 872,
"FDLBFIRSTCAMPAIGNEF" => 873,
"FDLBCAMPAIGNCDOM" => 874,
"FDLBFIRSTTMS" => 875,
"FDLBFIRSTCMP" => 876,
"FDLBFIRST" => 877,
"FDLBCTLY" => 878,
"FDLBFIRSTEVENTS" => 879,
"tc_caids" => 880,
"tc_ss" => 881,
"pxid" => 882,
"permutive-id" => 883,
"tf_respondent_cc" => 884,
"privacypillar-google-consent" => 885,
"privacypillar-cookie-consent" => 886,
"_rp_uid" => 887,
"aw_popup_viewed_page" => 888,
"__Secure-next-auth.callback-url" => 889,
"__Host-next-auth.csrf-token" => 890,
"cookies-functional" => 891,
"cookies-marketing" => 892,
"cookies-preferences" => 893,
"remember_user_token" => 894,
"__next_" => 895,
"drift_" => 896,
"tawk_" => 897,
"lc_" => 898,
"td" => 899,
"_ga" => 900,
"_gali" => 901,
"_ga_" => 902,
"_gid" => 903,
"_gat" => 904,
"_dc_gtm_" => 905,
"_gat_gtag_" => 906,
"__utma" => 907,
"__utmb" => 908,
"__utmc" => 909,
"__utmz" => 910,
"__utmv" => 911,
"__utmx" => 912,
"__utmxx" => 913,
"FPID" => 914,
"FPLC" => 915,
"_opt_awkid" => 916,
"_opt_awgid" => 917,
"_opt_awmid" => 918,
"_gaexp_rc" => 919,
"_opt_awcid" => 920,
"_opt_expid" => 921,
"FCCDCF" => 922,
"FCNEC" => 923,
"C1" => 924,
"s_cc" => 925,
"s_sq" => 926,
"s_vi" => 927,
"s_fid" => 928,
"fid" => 929,
"s_ppv" => 930,
"s_tp" => 931,
"_clck" => 932,
"_clsk" => 933,
"CLID" => 934,
"MicrosoftApplicationsTelemetryDeviceId" => 935,
"X-FD-FEATURES" => 936,
"X-FD-Time" => 937,
"__insp_pad" => 938,
"__insp_sid" => 939,
"__insp_ref" => 940,
"__insp_scpt" => 941,
"__insp_nv" => 942,
"__insp_wid" => 943,
"__insp_uid" => 944,
"__insp_norec_sess" => 945,
"__insp_slim" => 946,
"__insp_targlpt" => 947,
"__insp_targlpu" => 948,
"ctkgen" => 949,
"jasx_pool_id" => 950,
"tv_spot_tracker" => 951,
"_hjHasCachedUserAttributes" => 952,
"_hjid" => 953,
"hj_visitor" => 954,
"_hjIncludedInSample" => 955,
"_hjClosedSurveyInvites" => 956,
"_hjDonePolls" => 957,
"_hjDoneTestersWidgets" => 958,
"_hjMinimizedTestersWidgets" => 959,
"_hjShownFeedbackMessage" => 960,
"_hjCachedUserAttributes" => 961,
"ELOQUA" => 962,
"ELQSTATUS" => 963,
"AnalyticsSyncHistory" => 964,
"ln_or" => 965,
"l_page" => 966,
"queryString" => 967,
"VID" => 968,
"sharebox-suggestion" => 969,
"li_cc" => 970,
"lss_bundle_viewer" => 971,
"interstitial_page_reg_oauth_url" => 972,
"df_ts" => 973,
"li_feed_xray" => 974,
"oribi_cookie_test" => 975,
"aws-target-visitor-id" => 976,
"f5_cspm" => 977,
"vs" => 978,
"abLdr" => 979,
"abMbl" => 980,
"tb_click_param" => 981,
"picreel_tracker__visited" => 982,
"picreel_tracker__first_visit" => 983,
"picreel_tracker__page_views" => 984,
"picreel_new_price" => 985,
"__auc" => 986,
"ajs_anonymous_id" => 987,
"ajs_group_id" => 988,
"__asc" => 989,
"_pk_id" => 990,
"_pk_ref" => 991,
"_pk_ses" => 992,
"_pk_cvar" => 993,
"_pk_hsr" => 994,
"_pk_testcookie" => 995,
"mtm_consent" => 996,
"mtm_cookie_consent" => 997,
"matomo_ignore" => 998,
"matomo_sessid" => 999,
"_wepublishGa" => 1000,
"_wepublishGa_gid" => 1001,
"_y" => 1002,
"tracked_start_checkout" => 1003,
"ki_r" => 1004,
"ki_t" => 1005,
"_Brochure_session" => 1006,
"shop_analytics" => 1007,
"vuid" => 1008,
"sd_identity" => 1009,
"sd_client_id" => 1010,
"sbjs_session" => 1011,
"sbjs_udata" => 1012,
"sbjs_first" => 1013,
"sbjs_current" => 1014,
"sbjs_first_add" => 1015,
"sbjs_migrations" => 1016,
"usersync" => 1017,
"pses" => 1018,
"CMSLandingPageLoaded" => 1019,
"CMSUserPage" => 1020,
"VisitorStatus" => 1021,
"_vwo_sn" => 1022,
"_vwo_ds" => 1023,
"stg_traffic_source_priority" => 1024,
"stg_last_interaction" => 1025,
"stg_returning_visitor" => 1026,
"stg_externalReferrer" => 1027,
"_pk_id." => 1028,
"_pk_ses." => 1029,
"ppms_privacy_" => 1030,
"stg_fired__" => 1031,
"stg_utm_campaign" => 1032,
"stg_pk_campaign" => 1033,
"stg_global_opt_out" => 1034,
"nmstat" => 1035,
"sp" => 1036,
"_sp_id." => 1037,
"_sp_ses." => 1038,
"BVBRANDID" => 1039,
"BVBRANDSID" => 1040,
"acalltrackerreferrer" => 1041,
"tawkUUID" => 1042,
"ABTasty" => 1043,
"ABTastySession" => 1044,
"Pastease.passive.activated" => 1045,
"Pastease.passive.chance" => 1046,
"AFFICHE_W" => 1047,
"_ALGOLIA" => 1048,
"ahoy_visit" => 1049,
"ahoy_visitor" => 1050,
"atidvisitor" => 1051,
"atuserid" => 1052,
"ezoadgid_" => 1053,
"ezopvc_" => 1054,
"ezoref_" => 1055,
"ezouid_" => 1056,
"ezovid_" => 1057,
"ezovuuid_" => 1058,
"ezovuuidtime_" => 1059,
"ezux_et_" => 1060,
"ezux_lpl_" => 1061,
"ezux_tos_" => 1062,
"ab.storage.sessionId." => 1063,
"ab.storage.deviceId." => 1064,
"tk_qs" => 1065,
"tk_r3d" => 1066,
"tk_tc" => 1067,
"camptix_client_stats" => 1068,
"_lo_uid" => 1069,
"_lo_rid" => 1070,
"_lo_v" => 1071,
"__lotl" => 1072,
"__stid" => 1073,
"pxcelBcnLcy" => 1074,
"pxcelPage" => 1075,
"mc_eid" => 1076,
"mc_landing_site" => 1077,
"adhese2" => 1078,
"_chartbeat" => 1079,
"_SUPERFLY_nosample" => 1080,
"_ym_metrika_enabled" => 1081,
"_ym_uid" => 1082,
"_ym_d" => 1083,
"yabs-sid" => 1084,
"_ym_visorc_" => 1085,
"yandexuid" => 1086,
"yuidss" => 1087,
"ymex" => 1088,
"usst" => 1089,
"is_gdpr_b" => 1090,
"yabs-vdrf" => 1091,
"bh" => 1092,
"_yasc" => 1093,
"yashr" => 1094,
"auraBrokenDefGraph" => 1095,
"calViewState" => 1096,
"pctrk" => 1097,
"pa_user" => 1098,
"cX_P" => 1099,
"pnespsdk_push_subscription_added" => 1100,
"__pat" => 1101,
"DotMetrics.SessionCookieTemp" => 1102,
"DotMetrics.UniqueUserIdentityCookie" => 1103,
"DotMetrics.DeviceKey" => 1104,
"DotMetrics.SessionCookieTempTimed" => 1105,
"__gfp_64b" => 1106,
"__gfp_s_64b" => 1107,
"Gdyn" => 1108,
"dm_timezone_offset" => 1109,
"dm_last_visit" => 1110,
"dm_total_visits" => 1111,
"dm_last_page_view" => 1112,
"dm_this_page_view" => 1113,
"intercom-id-" => 1114,
"intercom-session-" => 1115,
"mp_" => 1116,
"client_bslstaid" => 1117,
"client_bslstmatch" => 1118,
"client_bslstsid" => 1119,
"client_bslstuid" => 1120,
"WMF-Last-Access" => 1121,
"centralnotice_bucket" => 1122,
"GeoIP" => 1123,
"NetWorkProbeLimit" => 1124,
"ablyft_exps" => 1125,
"ablyft_queue" => 1126,
"ablyft_uvs" => 1127,
"ablyft_tracking_consent" => 1128,
"_bit" => 1129,
"yieldmo_id" => 1130,
"_vfa" => 1131,
"_vfb" => 1132,
"_ut" => 1133,
"_s" => 1134,
"_lv" => 1135,
"_nrbi" => 1136,
"compass_sid" => 1137,
"compass_uid" => 1138,
"___m_rec" => 1139,
"_zdshared_user_session_analytics" => 1140,
"ZD-suid" => 1141,
"TATravelInfo" => 1142,
"TAUnique" => 1143,
"TAReturnTo" => 1144,
"_ceir" => 1145,
"_CEFT" => 1146,
"_cer.v" => 1147,
"_ce.s" => 1148,
"_ce.cch" => 1149,
"_ce.gtld" => 1150,
"ce_successful_csp_check" => 1151,
"cebsp_" => 1152,
"_ce.clock_event" => 1153,
"_ce.clock_data" => 1154,
"_ce.irv" => 1155,
"ceft_variant_override" => 1156,
"_dy_csc_ses" => 1157,
"_dycmc" => 1158,
"_dy_df_geo" => 1159,
"_dycst" => 1160,
"rl_user_id" => 1161,
"rl_trait" => 1162,
"rl_anonymous_id" => 1163,
"rl_group_id" => 1164,
"rl_group_trait" => 1165,
"rl_page_init_referrer" => 1166,
"rl_page_init_referring_domain" => 1167,
"test_rudder_cookie" => 1168,
"rl_session" => 1169,
"_biz_uid" => 1170,
"_biz_nA" => 1171,
"_biz_flagsA" => 1172,
"_biz_pendingA" => 1173,
"_biz_ABTestA" => 1174,
"_biz_su" => 1175,
"_biz_EventA" => 1176,
"_cs_c" => 1177,
"_cs_cvars" => 1178,
"_cs_id" => 1179,
"_cs_s" => 1180,
"__CT_Data" => 1181,
"_CT_RS_" => 1182,
"WRUID" => 1183,
"_cs_ex" => 1184,
"_cs_rl" => 1185,
"_cs_root-domain" => 1186,
"WRIgnore" => 1187,
"WRBlock" => 1188,
"_cs_same_site" => 1189,
"_cs_debug" => 1190,
"_hjasCachedUserAttributes" => 1191,
"_hjUserAttrbutesHash" => 1192,
"_hjUserAttributes" => 1193,
"_hp2_hld" => 1194,
"_hp5_event_props." => 1195,
"_cs_mk_aa" => 1196,
"_cs_mk_ga" => 1197,
"_cs_tld" => 1198,
"_octo" => 1199,
"AMP_" => 1200,
"AMP_MKTG_" => 1201,
"amplitude_cookie_test" => 1202,
"amplitude_id_" => 1203,
"amplitude_test" => 1204,
"QSI_OptInIDsAndWindowNames" => 1205,
"QSI_OptInIDsAndTargetOrigins" => 1206,
"SiteReferrer" => 1207,
"PageReferrer" => 1208,
"SearchTerm" => 1209,
"FocusTime" => 1210,
"BlurTime" => 1211,
"ActionSetHistory" => 1212,
"SISessID" => 1213,
"CPSessID" => 1214,
"QSI_ReplaySession_Info_" => 1215,
"QSI_TestSessions_" => 1216,
"c-referrer" => 1217,
"c-signup" => 1218,
"c-plan" => 1219,
"cognito.services.a" => 1220,
"dtLatC" => 1221,
"dtPC" => 1222,
"dtSa" => 1223,
"dtValidationCookie" => 1224,
"dtDisabled" => 1225,
"rxVisitor" => 1226,
"rxvt" => 1227,
"TCAUDIENCE" => 1228,
"_TCCookieSync" => 1229,
"_hp2_id" => 1230,
"_hp2_ses_props" => 1231,
"Hm_lpvt_" => 1232,
"Hm_lvt_" => 1233,
"HMACCOUNT" => 1234,
"plausible_" => 1235,
"_fathom" => 1236,
"umami." => 1237,
"_gac_" => 1238,
"FPAU" => 1239,
"Conversion" => 1240,
"_gcl_aw" => 1241,
"_gcl_gs" => 1242,
"_gcl_gb" => 1243,
"_gac_gb_" => 1244,
"FPGCLGB" => 1245,
"FPGCLAW" => 1246,
"ADS_VISITOR_ID" => 1247,
"__Secure-3PSIDCC" => 1248,
"__Secure-1PSIDTS" => 1249,
"__Secure-1PAPISID" => 1250,
"__Secure-3PSID" => 1251,
"__Secure-1PSID" => 1252,
"__Secure-1PSIDCC" => 1253,
"__Secure-3PAPISID" => 1254,
"PAIDCONTENT" => 1255,
"_gcl_gf" => 1256,
"__gsas" => 1257,
"__gpi" => 1258,
"__gpi_optout" => 1259,
"GED_PLAYLIST_ACTIVITY" => 1260,
"AdID" => 1261,
"DSID" => 1262,
"gcl" => 1263,
"gac" => 1264,
"1P_JAR" => 1265,
"AID" => 1266,
"SID" => 1267,
"APISID" => 1268,
"SAPISID" => 1269,
"SSID" => 1270,
"SIDCC" => 1271,
"OTZ" => 1272,
"A" => 1273,
"DV" => 1274,
"NID" => 1275,
"TAID" => 1276,
"FPGCLDC" => 1277,
"_gcl_au" => 1278,
"_gcl_dc" => 1279,
"_dcid" => 1280,
"SNID" => 1281,
"cookies_accepted" => 1282,
"GN_PREF" => 1283,
"OSID" => 1284,
"__Secure-OSID" => 1285,
"COMPASS" => 1286,
"UULE" => 1287,
"OGPC" => 1288,
"OGP" => 1289,
"IDE" => 1290,
"ID" => 1291,
"RUL" => 1292,
"FLC" => 1293,
"__gads" => 1294,
"GoogleAdServingTest" => 1295,
"ar_debug" => 1296,
"APC" => 1297,
"s_ecid" => 1298,
"demdex" => 1299,
"dextp" => 1300,
"_dp" => 1301,
"aam_uuid" => 1302,
"AMCV_" => 1303,
"AMCVS_" => 1304,
"mbox" => 1305,
"dpm" => 1306,
"TPC" => 1307,
"C" => 1308,
"uid" => 1309,
"GCM" => 1310,
"CM" => 1311,
"CM14" => 1312,
"token" => 1313,
"otsid" => 1314,
"adtrc" => 1315,
"SR" => 1316,
"CT" => 1317,
"EBFCD" => 1318,
"EBFC" => 1319,
"CFFC" => 1320,
"DigiTrust.v1.identity" => 1321,
"lu" => 1322,
"xs" => 1323,
"c_user" => 1324,
"m_user" => 1325,
"pl" => 1326,
"dbln" => 1327,
"aks" => 1328,
"aksb" => 1329,
"sfau" => 1330,
"ick" => 1331,
"csm" => 1332,
"datr" => 1333,
"sb" => 1334,
"fr" => 1335,
"oo" => 1336,
"ddid" => 1337,
"locale" => 1338,
"_fbp" => 1339,
"_fbc" => 1340,
"js_ver" => 1341,
"rc" => 1342,
"campaign_click_url" => 1343,
"usida" => 1344,
"fl_inst" => 1345,
"pvc2" => 1346,
"pcc2" => 1347,
"trc" => 1348,
"tuuid" => 1349,
"ad2" => 1350,
"MR" => 1351,
"MUID" => 1352,
"MUIDB" => 1353,
"MC1" => 1354,
"_uetsid" => 1355,
"_uetvid" => 1356,
"ANON" => 1357,
"ANONCHK" => 1358,
"CC" => 1359,
"NAP" => 1360,
"MH" => 1361,
"childinfo" => 1362,
"kcdob" => 1363,
"kcrelid" => 1364,
"kcru" => 1365,
"pcfm" => 1366,
"ToptOut" => 1367,
"ACH01" => 1368,
"_RwBf" => 1369,
"_HPVN" => 1370,
"_UR" => 1371,
"OID" => 1372,
"OIDI" => 1373,
"OIDR" => 1374,
"BCP" => 1375,
"BFBUSR" => 1376,
"BFB" => 1377,
"ACL" => 1378,
"ACLUSR" => 1379,
"_u" => 1380,
"guest_id" => 1381,
"personalization_id" => 1382,
"ct0" => 1383,
"guest_id_marketing" => 1384,
"guest_id_ads" => 1385,
"muc_ads" => 1386,
"_twitter_sess" => 1387,
"ads_prefs" => 1388,
"auth_token" => 1389,
"dnt" => 1390,
"eu_cn" => 1391,
"external_referer" => 1392,
"kdt" => 1393,
"rweb_optin" => 1394,
"syndication_guest_id" => 1395,
"twid" => 1396,
"tfw_exp" => 1397,
"ccec_user" => 1398,
"GPS" => 1399,
"VISITOR_INFO1_LIVE" => 1400,
"VISITOR_PRIVACY_METADATA" => 1401,
"__Secure-ROLLOUT_TOKEN" => 1402,
"__adm_ui" => 1403,
"__adm_uiex" => 1404,
"__adm_usyncc" => 1405,
"uids" => 1406,
"__uin_bw" => 1407,
"__uir_bw" => 1408,
"HAPLB5S" => 1409,
"__uin_mm" => 1410,
"__uir_mm" => 1411,
"HAPLB8" => 1412,
"__uin_rh" => 1413,
"__uir_rh" => 1414,
"HAPLB3A" => 1415,
"_dbefe" => 1416,
"ac_enable_tracking" => 1417,
"prism_" => 1418,
"lidc" => 1419,
"bcookie" => 1420,
"bscookie" => 1421,
"trkCode" => 1422,
"li_oatml" => 1423,
"liap" => 1424,
"lissc" => 1425,
"spectroscopyId" => 1426,
"UserMatchHistory" => 1427,
"li_sugr" => 1428,
"lms_ads" => 1429,
"_guid" => 1430,
"BizographicsOptOut" => 1431,
"IRLD" => 1432,
"ABSELB" => 1433,
"brwsr" => 1434,
"ad-privacy" => 1435,
"CMID" => 1436,
"CMPRO" => 1437,
"CMPS" => 1438,
"CMRUM3" => 1439,
"CMST" => 1440,
"cookieJartestCookie" => 1441,
"obuid" => 1442,
"apnxs" => 1443,
"criteo" => 1444,
"mdfrc" => 1445,
"ttd" => 1446,
"recs" => 1447,
"bdswch" => 1448,
"obsessionid-" => 1449,
"opout" => 1450,
"recs-" => 1451,
"europe" => 1452,
"outbrain_dicbo_id" => 1453,
"unifiedPixel" => 1454,
"dicbo_id" => 1455,
"jpxumaster" => 1456,
"jpxumatched" => 1457,
"PUBMDCID" => 1458,
"pp" => 1459,
"SPugT" => 1460,
"KADUSERCOOKIE" => 1461,
"PUBRETARGET" => 1462,
"KCCH" => 1463,
"DPSync" => 1464,
"ADUSERCOOKIE" => 1465,
"PugT" => 1466,
"KRTBCOOKIE_" => 1467,
"USCC" => 1468,
"DPPIX_ON" => 1469,
"SYNCUPPIX_ON" => 1470,
"pubfreq_" => 1471,
"DPFQ" => 1472,
"pi" => 1473,
"id5" => 1474,
"cip" => 1475,
"car" => 1476,
"callback" => 1477,
"cnac" => 1478,
"cf" => 1479,
"3pi" => 1480,
"UIDR" => 1481,
"PID" => 1482,
"XID" => 1483,
"SEUNCY" => 1484,
"ljt_reader" => 1485,
"rek_content" => 1486,
"um" => 1487,
"umeh" => 1488,
"BSWtracker" => 1489,
"_rxuuid" => 1490,
"AA003" => 1491,
"ATN" => 1492,
"tt_bluekai" => 1493,
"tt_exelate" => 1494,
"tt_liveramp" => 1495,
"tt_neustar" => 1496,
"tt_salesforce" => 1497,
"um2" => 1498,
"tuuid_lu" => 1499,
"uu" => 1500,
"cct" => 1501,
"tu" => 1502,
"st_csd" => 1503,
"st_cs" => 1504,
"st_uid" => 1505,
"st_cnt" => 1506,
"st_chc" => 1507,
"st_ssp" => 1508,
"cnfq" => 1509,
"lcsrc" => 1510,
"gid" => 1511,
"partner-" => 1512,
"Comp" => 1513,
"Pwb" => 1514,
"sasd" => 1515,
"sasd2" => 1516,
"TestIfCookie" => 1517,
"csync" => 1518,
"TestIfCookieP" => 1519,
"pid" => 1520,
"lcsrd" => 1521,
"unruly_m" => 1522,
"lidid" => 1523,
"_li_ss" => 1524,
"tluid" => 1525,
"tluidp" => 1526,
"optout" => 1527,
"sync" => 1528,
"t_gid" => 1529,
"_tb_t_ppg" => 1530,
"i" => 1531,
"univ_id" => 1532,
"pd" => 1533,
"OAID" => 1534,
"DG_HID" => 1535,
"DG_IID" => 1536,
"DG_SID" => 1537,
"DG_UID" => 1538,
"DG_ZID" => 1539,
"DG_ZUID" => 1540,
"advst_uid_11" => 1541,
"DISPATCHER" => 1542,
"DSP_UID" => 1543,
"_cc_aud" => 1544,
"_cc_cc" => 1545,
"_cc_id" => 1546,
"panoramaId_expiry" => 1547,
"panoramaId_expiry_exp" => 1548,
"_cc_domain" => 1549,
"_cc_dc" => 1550,
"ab" => 1551,
"bkdc" => 1552,
"bku" => 1553,
"bkpa" => 1554,
"everest_g_v2" => 1555,
"everest_session_v2" => 1556,
"ev_tm" => 1557,
"_tmae" => 1558,
"_lcc" => 1559,
"ev_sync_bk" => 1560,
"ev_sync_dd" => 1561,
"ev_sync_fs" => 1562,
"ev_sync_ix" => 1563,
"ev_sync_nx" => 1564,
"ev_sync_ox" => 1565,
"ev_sync_pm" => 1566,
"ev_sync_rc" => 1567,
"ev_sync_tm" => 1568,
"ev_sync_yh" => 1569,
"adcloud" => 1570,
"id_adcloud" => 1571,
"mt_mop" => 1572,
"pl_user_id" => 1573,
"pxrc" => 1574,
"rlas3" => 1575,
"TapAd_DID" => 1576,
"TapAd_TS" => 1577,
"TapAd_3WAY_SYNCS" => 1578,
"TDCPM" => 1579,
"TDID" => 1580,
"uid-bp-" => 1581,
"MRM_UID" => 1582,
"zc" => 1583,
"zsc" => 1584,
"zi" => 1585,
"idp" => 1586,
"zuc" => 1587,
"amplitude_id" => 1588,
"am-uid" => 1589,
"_ljtrtb_" => 1590,
"uuid" => 1591,
"_pin_unauth" => 1592,
"_pinterest_ct_ua" => 1593,
"sessionFunnelEventLogged" => 1594,
"_routing_id" => 1595,
"_derived_epik" => 1596,
"_pinterest_ct" => 1597,
"_pinterest_ct_rt" => 1598,
"_epik" => 1599,
"_mb" => 1600,
"koitk" => 1601,
"__ss_referrer" => 1602,
"__ss_tk" => 1603,
"__ss" => 1604,
"datatrics_optin" => 1605,
"datatricsDebugger" => 1606,
"datatrics_customData" => 1607,
"_mkto_trk" => 1608,
"optimizelyEndUserId" => 1609,
"optimizelyRedirectData" => 1610,
"optimizelyDomainTestCookie" => 1611,
"optimizelyOptOut" => 1612,
"app_ts" => 1613,
"viewer" => 1614,
"spx_ts" => 1615,
"id_ts" => 1616,
"svSession" => 1617,
"_tracking_consent" => 1618,
"_orig_referrer" => 1619,
"__hstc" => 1620,
"hubspotutk" => 1621,
"__hssc" => 1622,
"__hssrc" => 1623,
"messagesUtk" => 1624,
"hubspotapi" => 1625,
"edgebucket" => 1626,
"initref" => 1627,
"_rdt_uuid" => 1628,
"anj" => 1629,
"uuid2" => 1630,
"XANDR_PANID" => 1631,
"sc_at" => 1632,
"sc-a-nonce" => 1633,
"zc_show" => 1634,
"zc_loc" => 1635,
"pa_rubicon_ts" => 1636,
"pa_google_ts" => 1637,
"pa_twitter_ts" => 1638,
"pa_openx_ts" => 1639,
"pa_uid" => 1640,
"mailmunch_second_pageview" => 1641,
"_mailmunch_visitor_id" => 1642,
"tPHG-PS" => 1643,
"digitalAudience" => 1644,
"_omappvs" => 1645,
"_omappvp" => 1646,
"_lfa" => 1647,
"SnapABugHistory" => 1648,
"SnapABugRef" => 1649,
"audience" => 1650,
"A3" => 1651,
"APID" => 1652,
"APIDTS" => 1653,
"IDSYNC" => 1654,
"A1" => 1655,
"A1S" => 1656,
"adaptv_unique_user_cookie" => 1657,
"cmp" => 1658,
"migrated2y" => 1659,
"OTH" => 1660,
"rtbData0" => 1661,
"rxx" => 1662,
"tearsheet" => 1663,
"unique_ad_source_impression" => 1664,
"axids" => 1665,
"GUC" => 1666,
"trc_cookie_storage" => 1667,
"tbla_id" => 1668,
"cref" => 1669,
"mc" => 1670,
"d" => 1671,
"__qca" => 1672,
"iutk" => 1673,
"BVID" => 1674,
"_li_id" => 1675,
"_li_ses" => 1676,
"acalltracker" => 1677,
"acalltrackernumber" => 1678,
"stx_user_id" => 1679,
"sqzl_abs" => 1680,
"sqzl_session_id" => 1681,
"sqzl_vw" => 1682,
"sqzllocal" => 1683,
"BCSessionID" => 1684,
"BCTempID" => 1685,
"BCRefusedObjectives" => 1686,
"BCRevision" => 1687,
"BCTracking" => 1688,
"bc_tstgrp" => 1689,
"__adal_ca" => 1690,
"__adal_cw" => 1691,
"__adal_id" => 1692,
"__adal_ses" => 1693,
"wfivefivec" => 1694,
"UserID1" => 1695,
"arcki2" => 1696,
"__kla_id" => 1697,
"_tt_enable_cookie" => 1698,
"_ttp" => 1699,
"MONITOR_WEB_ID" => 1700,
"msToken" => 1701,
"ttwid" => 1702,
"ttcsid" => 1703,
"ezosuigeneris" => 1704,
"ezosuibasgeneris-1" => 1705,
"v_usr" => 1706,
"idsync-bsw-uid-s" => 1707,
"done_redirects" => 1708,
"vidoomy-uids" => 1709,
"viewer_token" => 1710,
"tk_or" => 1711,
"__stidv" => 1712,
"khaos" => 1713,
"audit" => 1714,
"put_" => 1715,
"rpb" => 1716,
"rpx" => 1717,
"c" => 1718,
"khaos_p" => 1719,
"audit_p" => 1720,
"tv_U" => 1721,
"tvid" => 1722,
"apiDomain_" => 1723,
"gig_bootstrap_" => 1724,
"gig_hasGmid" => 1725,
"_gigRefUid_" => 1726,
"gmid" => 1727,
"hasGmid" => 1728,
"_gig_" => 1729,
"ucid" => 1730,
"ozone_uid" => 1731,
"_BEAMER_FIRST_VISIT_" => 1732,
"_BEAMER_USER_ID_" => 1733,
"_BEAMER_DATE_" => 1734,
"_BEAMER_LAST_POST_SHOWN_" => 1735,
"_BEAMER_FILTER_BY_URL_" => 1736,
"cap" => 1737,
"pubmatic_uid" => 1738,
"improvedigital_uid" => 1739,
"adform_uid" => 1740,
"appnexus_uid" => 1741,
"triplelift_uid" => 1742,
"adheseCustomer" => 1743,
"KelkooID" => 1744,
"_cio" => 1745,
"_cioid" => 1746,
"_cioanonid" => 1747,
"cioFT" => 1748,
"TXCSDMN_" => 1749,
"TXCD" => 1750,
"rai-pltn-pl-" => 1751,
"avcid-" => 1752,
"pdid" => 1753,
"data-" => 1754,
"visitor-id" => 1755,
"gdpr_status" => 1756,
"DotomiUser" => 1757,
"cjae" => 1758,
"DotomiStatus" => 1759,
"DotomiSession_" => 1760,
"DotomiSync" => 1761,
"dtm_token" => 1762,
"dtm_token_exp" => 1763,
"dtm_tcdata" => 1764,
"dtm_tcdata_exp" => 1765,
"dtm_token_sc" => 1766,
"dtm_user_id" => 1767,
"dtm_gdpr_delete" => 1768,
"dtm_gpc_optout" => 1769,
"pluto2" => 1770,
"pluto" => 1771,
"svid" => 1772,
"rts" => 1773,
"oinfo" => 1774,
"expid_" => 1775,
"_kuid_" => 1776,
"visitor_id" => 1777,
"igodigitalstdomain" => 1778,
"igodigitalst_" => 1779,
"igodigitaltc2" => 1780,
"usbls" => 1781,
"sailthru_content" => 1782,
"sailthru_pageviews" => 1783,
"sailthru_visitor" => 1784,
"IMRID" => 1785,
"ud" => 1786,
"udo" => 1787,
"EE" => 1788,
"_pcus" => 1789,
"cX_G" => 1790,
"gckp" => 1791,
"pnespsdk_pnespid" => 1792,
"ki_s" => 1793,
"opt_out" => 1794,
"visitor" => 1795,
"lkqdid" => 1796,
"lkqdidts" => 1797,
"33x_ps" => 1798,
"vglnk.Agent.p" => 1799,
"vglnk.PartnerRfsh.p" => 1800,
"deuxesse_uxid" => 1801,
"pid_short" => 1802,
"pid_signature" => 1803,
"ep" => 1804,
"u" => 1805,
"bitoIsSecure" => 1806,
"bito" => 1807,
"auid" => 1808,
"_d2id" => 1809,
"edsid" => 1810,
"ftid" => 1811,
"aniC" => 1812,
"version" => 1813,
"mics_vid" => 1814,
"mics_uaid" => 1815,
"mics_lts" => 1816,
"n360-thirtythreeacross" => 1817,
"n360_appnexus" => 1818,
"n360-appnexus" => 1819,
"n360_bliink" => 1820,
"n360-bliink" => 1821,
"n360_amx" => 1822,
"n360-amx" => 1823,
"n360_adform" => 1824,
"n360-adform" => 1825,
"n360_adnuntius" => 1826,
"n360-adnuntius" => 1827,
"n360-adot" => 1828,
"n360_adyoulike" => 1829,
"n360-adyoulike" => 1830,
"n360_connectad" => 1831,
"n360-connectad" => 1832,
"n360_conversant" => 1833,
"n360-conversant" => 1834,
"n360_cwire" => 1835,
"n360-cwire" => 1836,
"n360_firstid" => 1837,
"n360-firstid" => 1838,
"n360-freewheel" => 1839,
"n360_fueldigitalmedia" => 1840,
"n360-fueldigitalmedia" => 1841,
"n360_fueldigitalix" => 1842,
"n360-fueldigitalix" => 1843,
"n360_fueldigital" => 1844,
"n360-fueldigital" => 1845,
"n360_gingerad" => 1846,
"n360-gingerad" => 1847,
"n360_goodad" => 1848,
"n360-goodad" => 1849,
"n360_gravity" => 1850,
"n360_groupm" => 1851,
"n360-groupm" => 1852,
"n360_improve" => 1853,
"n360-improve" => 1854,
"n360_ix" => 1855,
"n360-ix" => 1856,
"n360_medianet" => 1857,
"n360-medianet" => 1858,
"n360_moneytag" => 1859,
"n360-moneytag" => 1860,
"n360_nextmillennium" => 1861,
"n360_onetag" => 1862,
"n360-onetag" => 1863,
"n360_openx" => 1864,
"n360-openx" => 1865,
"n360_outbrain" => 1866,
"n360-outbrain" => 1867,
"n360_plista" => 1868,
"n360-plista" => 1869,
"n360_pubmatic" => 1870,
"n360-pubmatic" => 1871,
"n360_pulsepoint" => 1872,
"n360_quantum" => 1873,
"n360-quantum" => 1874,
"n360_richaudience" => 1875,
"n360-richaudience" => 1876,
"n360_rtbhouse" => 1877,
"n360-rtbhouse" => 1878,
"n360_rubicon" => 1879,
"n360-rubicon" => 1880,
"n360_sharethrough" => 1881,
"n360-sharethrough" => 1882,
"n360_smaato" => 1883,
"n360-smaato" => 1884,
"n360-smartadserver" => 1885,
"n360_smartyads" => 1886,
"n360-smartyads" => 1887,
"n360_smilewanted" => 1888,
"n360-smilewanted" => 1889,
"n360_staila" => 1890,
"n360-staila" => 1891,
"n360_tappx" => 1892,
"n360-tappx" => 1893,
"n360_mediagrid" => 1894,
"n360-mediagrid" => 1895,
"n360-ttd" => 1896,
"n360_traffective" => 1897,
"n360-traffective" => 1898,
"n360_triplelift" => 1899,
"n360-triplelift" => 1900,
"n360_yahoo" => 1901,
"n360-yahoo" => 1902,
"n360_vidoomy" => 1903,
"n360-vidoomy" => 1904,
"n360_yieldlab" => 1905,
"n360-yieldlab" => 1906,
"mv_tokens_invalidate-verizon-pushes" => 1907,
"am_tokens" => 1908,
"am_tokens_invalidate-verizon-pushes" => 1909,
"ptrcriteo" => 1910,
"ptrrhs" => 1911,
"ptrrc" => 1912,
"ptran" => 1913,
"ptrt" => 1914,
"ptrpp" => 1915,
"ptrpub" => 1916,
"ptrb" => 1917,
"ptropenx" => 1918,
"ptrbsw" => 1919,
"ptreps" => 1920,
"ptradtrt" => 1921,
"ssid" => 1922,
"sst" => 1923,
"dgzsdl08v4" => 1924,
"bounceClientVisit" => 1925,
"ttbprf" => 1926,
"ttc" => 1927,
"ttnprf" => 1928,
"n" => 1929,
"trk" => 1930,
"ttca" => 1931,
"tp" => 1932,
"GRV_BHV_UID" => 1933,
"GRV_BHV_IDCC" => 1934,
"GRV_BHV_SKU" => 1935,
"GRV_BHV_IDCAT" => 1936,
"GRV_IDU" => 1937,
"NPA" => 1938,
"GRV_BHV_BRND_" => 1939,
"GRV_google" => 1940,
"duid_update_time" => 1941,
"_ssp_update_time" => 1942,
"_dsp_uid" => 1943,
"TADCID" => 1944,
"ServerPool" => 1945,
"dt" => 1946,
"udmts" => 1947,
"_crazyegg" => 1948,
"ce_signup_partner" => 1949,
"SSPZ" => 1950,
"ADKUID" => 1951,
"SCM" => 1952,
"SCMaps" => 1953,
"SCMsovrn" => 1954,
"SCMinf" => 1955,
"SCMo" => 1956,
"SCMg" => 1957,
"UTID_ENC" => 1958,
"_dy_cs_storage_items" => 1959,
"_dy_cs_cookie_items" => 1960,
"ckid" => 1961,
"hash" => 1962,
"BLUEID" => 1963,
"ig_did" => 1964,
"ig_cb" => 1965,
"fbm_" => 1966,
"shbid" => 1967,
"shbts" => 1968,
"sessionid" => 1969,
"g" => 1970,
"rdtrk" => 1971,
"_rdtrk" => 1972,
"_rd_experiment_version" => 1973,
"_rdlps_pp" => 1974,
"_rd_wa_first_session" => 1975,
"_sp_wa_first_session" => 1976,
"_rd_wa_id" => 1977,
"_sp_wa_id" => 1978,
"_rd_wa_ses_id" => 1979,
"_sp_wa_ses_id" => 1980,
"tc_cj_v2" => 1981,
"tc_cj_v2_cmp." => 1982,
"tc_cj_v2_med" => 1983,
"CAID" => 1984,
"TCID" => 1985,
"WID" => 1986,
"TMS" => 1987,
"TCSESSION" => 1988,
"TCREDIRECT" => 1989,
"TCLANDINGURL" => 1990,
"TCREDIRECT_DEDUP" => 1991,
"cs" => 1992,
"vst" => 1993,
"attribution_user_id" => 1994,
"_gtmeec" => 1995,
"__exponea_etc__" => 1996,
"__exponea_time2__" => 1997,
"lantern" => 1998,
"AwinChannelCookie" => 1999,
};

cookie_policy::cookie_policy! {
    /// 2000 cookies of the Open Cookie Database.
    pub mod patterns_2000 {
        site: "https://www.example.org",
        necessary {
            provider "Google AdSense" {
C33: "__eoi" { function: "Security", purpose: "OCD" }
C36: "aboutads_sessNNN" { function: "Security", purpose: "OCD" }
            }
            provider "Azure / Microsoft" {
C234: "__AntiXsrfToken" { function: "Security", purpose: "OCD" }
            }
            provider "X" {
C279: "csrf_same_site" { function: "Security", purpose: "OCD" }
C280: "csrf_same_site_set" { function: "Security", purpose: "OCD" }
            }
            provider "Indeed" {
C297: "INDEED_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Unknown provider" {
C371: "XSRF-TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Microsoft" {
C559: ".AspNetCore.Antiforgery.*" { function: "Security", purpose: "OCD" }
            }
            provider "Trustpilot" {
C655: "csrf-canary" { function: "Security", purpose: "OCD" }
            }
            provider "Magento" {
C675: "form_key" { function: "Security", purpose: "OCD" }
            }
            provider "Hubspot" {
C810: "hs-membership-csrf" { function: "Security", purpose: "OCD" }
C818: "hubspotapi-csrf" { function: "Security", purpose: "OCD" }
            }
            provider "Kentico" {
C859: "CMSCsrfCookie" { function: "Security", purpose: "OCD" }
            }
            provider "CraftCMS" {
C968: "CRAFT_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Stonly" {
C1037: "_csrf" { function: "Security", purpose: "OCD" }
            }
            provider "Salesforce" {
C1344: "idccsrf" { function: "Security", purpose: "OCD" }
C1360: "devOverrideCsrfToken" { function: "Security", purpose: "OCD" }
C1367: "Host-ERIC_PROD-" { function: "Security", purpose: "OCD" }
            }
            provider "Xenforo" {
C1424: "xf_csrf" { function: "Security", purpose: "OCD" }
            }
            provider "GitHub" {
C1853: "gist_oauth_csrf" { function: "Security", purpose: "OCD" }
C1862: "saml_csrf_token" { function: "Security", purpose: "OCD" }
            }
            provider "QookieQloud" {
C1981: "__cpmQQ_trackers" { function: "Necessary", purpose: "OCD" }
C1982: "__cpmQQ_trackers_timestamp" { function: "Necessary", purpose: "OCD" }
C1983: "__cmpQQ_usedCoookies" { function: "Necessary", purpose: "OCD" }
C1984: "__cmpQQ_consentID" { function: "Necessary", purpose: "OCD" }
C1985: "__cmpQQ_CookieConsent" { function: "Necessary", purpose: "OCD" }
            }
            provider "Ruby on Rails" {
C1989: "_rails_session" { function: "Necessary", purpose: "OCD" }
            }
            provider "NextAuth.js" {
C1990: "next-auth.*" { function: "Necessary", purpose: "OCD" }
            }
            provider "Supabase" {
C1992: "sb-*" { function: "Necessary", purpose: "OCD" }
            }
            provider "Clerk" {
C1993: "clerk_*" { function: "Necessary", purpose: "OCD" }
            }
        }
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookiebot" {
C2: "CookieConsent" { function: "Functional", purpose: "OCD" }
C3: "CookieConsentBulkTicket" { function: "Functional", purpose: "OCD" }
C4: "userlang*" { function: "Functional", purpose: "OCD" }
C5: "consentUUID" { function: "Functional", purpose: "OCD" }
C6: "CrossConsent" { function: "Functional", purpose: "OCD" }
C7: "1.gif" { function: "Functional", purpose: "OCD" }
C8: "cb-currency" { function: "Functional", purpose: "OCD" }
C9: "CookieConsentBulkSetting-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Maxlead" {
C10: "cookieconsent_variant" { function: "Functional", purpose: "OCD" }
C11: "cookieconsent_system" { function: "Functional", purpose: "OCD" }
C12: "cookieconsent_level" { function: "Functional", purpose: "OCD" }
C13: "cookieconsent_seen" { function: "Functional", purpose: "OCD" }
            }
            provider "Google reCAPTCHA" {
C32: "_GRECAPTCHA" { function: "Functional", purpose: "OCD" }
            }
            provider "Google AdSense" {
C34: "pm_sess" { function: "Functional", purpose: "OCD" }
C35: "pm_sess_NNN" { function: "Functional", purpose: "OCD" }
C37: "ANID" { function: "Functional", purpose: "OCD" }
            }
            provider "Google Analytics" {
C38: "GA_OPT_OUT" { function: "Functional", purpose: "OCD" }
            }
            provider "Google" {
C58: "_Secure-ENID" { function: "Functional", purpose: "OCD" }
C59: "Secure-YEC" { function: "Functional", purpose: "OCD" }
C60: "CGIC" { function: "Functional", purpose: "OCD" }
C61: "_Secure-YEC" { function: "Functional", purpose: "OCD" }
C62: "__Secure-YNID" { function: "Functional", purpose: "OCD", secure }
C78: "CONSENT" { function: "Functional", purpose: "OCD" }
C79: "SOCS" { function: "Functional", purpose: "OCD" }
C80: "ACCOUNT_CHOOSER" { function: "Functional", purpose: "OCD" }
C81: "SMSV" { function: "Functional", purpose: "OCD" }
C82: "__Host-1PLSID" { function: "Functional", purpose: "OCD", secure }
C83: "__Host-3PLSID" { function: "Functional", purpose: "OCD", secure }
C84: "__Host-GAPS" { function: "Functional", purpose: "OCD", secure }
C85: "LSOLH" { function: "Functional", purpose: "OCD" }
C86: "g_enabled_idps" { function: "Functional", purpose: "OCD" }
C87: "G_AUTHUSER_H" { function: "Functional", purpose: "OCD" }
C88: "SEARCH_SAMESITE" { function: "Functional", purpose: "OCD" }
C104: "GCLB" { function: "Functional", purpose: "OCD" }
C107: "receive-cookie-deprecation" { function: "Functional", purpose: "OCD" }
            }
            provider "Google Ads" {
C66: "AEC" { function: "Functional", purpose: "OCD" }
            }
            provider "Google Optimize" {
C103: "_gaexp" { function: "Functional", purpose: "OCD" }
            }
            provider "DoubleClick/Google Marketing" {
C123: "test_cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe Audience Manager" {
C143: "at_check" { function: "Functional", purpose: "OCD" }
C144: "renderid" { function: "Functional", purpose: "OCD" }
            }
            provider "Facebook" {
C182: "wd" { function: "Functional", purpose: "OCD" }
C184: "presence" { function: "Functional", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C199: "PPAuth" { function: "Functional", purpose: "OCD" }
C200: "MSPAuth" { function: "Functional", purpose: "OCD" }
C201: "MSNRPSAuth" { function: "Functional", purpose: "OCD" }
C202: "KievRPSAuth" { function: "Functional", purpose: "OCD" }
C203: "WLSSC" { function: "Functional", purpose: "OCD" }
C204: "MSPProf" { function: "Functional", purpose: "OCD" }
C205: "MC0" { function: "Functional", purpose: "OCD" }
C206: "MS0" { function: "Functional", purpose: "OCD" }
C213: "x-ms-gateway-slice" { function: "Functional", purpose: "OCD" }
C216: "AADSSO" { function: "Functional", purpose: "OCD" }
C217: "brcap" { function: "Functional", purpose: "OCD" }
            }
            provider "Azure / Microsoft" {
C229: "buid" { function: "Functional", purpose: "OCD" }
C230: "esctx" { function: "Functional", purpose: "OCD" }
C231: "fpc" { function: "Functional", purpose: "OCD" }
C232: "ARRAffinity" { function: "Functional", purpose: "OCD" }
C233: "ARRAffinitySameSite" { function: "Functional", purpose: "OCD" }
C235: ".ASPXANONYMOUS" { function: "Functional", purpose: "OCD" }
C236: ".ASPXAUTH" { function: "Functional", purpose: "OCD" }
C237: "nSGt-*" { function: "Functional", purpose: "OCD" }
C238: "RpsContextCookie" { function: "Functional", purpose: "OCD" }
C239: "ASLBSACORS" { function: "Functional", purpose: "OCD" }
C240: "ASLBSA" { function: "Functional", purpose: "OCD" }
C241: "ASPSESSIO*" { function: "Functional", purpose: "OCD" }
C242: "ApplicationGatewayAffinity" { function: "Functional", purpose: "OCD" }
C243: "ApplicationGatewayAffinityCORS" { function: "Functional", purpose: "OCD" }
C244: "VisitorStorageGuid" { function: "Functional", purpose: "OCD" }
C245: "x-ms-cpim-admin" { function: "Functional", purpose: "OCD" }
C246: "x-ms-cpim-slice" { function: "Functional", purpose: "OCD" }
C247: "x-ms-cpim-trans" { function: "Functional", purpose: "OCD" }
C248: "x-ms-cpim-sso*" { function: "Functional", purpose: "OCD" }
C249: "x-ms-cpim-cache*" { function: "Functional", purpose: "OCD" }
C250: "x-ms-cpim-csrf" { function: "Functional", purpose: "OCD" }
C251: "x-ms-cpim-dc" { function: "Functional", purpose: "OCD" }
C252: "x-ms-cpim-ctx" { function: "Functional", purpose: "OCD" }
C253: "x-ms-cpim-rp" { function: "Functional", purpose: "OCD" }
C254: "x-ms-cpim-rc" { function: "Functional", purpose: "OCD" }
C255: "x-ms-cpim-geo" { function: "Functional", purpose: "OCD" }
C256: "Dynamics365PortalAnalytics" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft Azure App Insights" {
C257: "ai_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft Dynamics" {
C258: "AADNonce.forms" { function: "Functional", purpose: "OCD" }
C259: "DcLcid" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft" {
C265: "esctx-*" { function: "Functional", purpose: "OCD" }
C266: "isFirstSession*" { function: "Functional", purpose: "OCD" }
C267: "MSO*" { function: "Functional", purpose: "OCD" }
C362: "ASP.NET_Sessio" { function: "Functional", purpose: "OCD" }
C363: "ASP.NET_Sessio_Fallback" { function: "Functional", purpose: "OCD" }
C610: "__RequestVerificationToken*" { function: "Functional", purpose: "OCD" }
            }
            provider "ASP.net" {
C269: "ASP.NET_SessionId" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C300: "cookie-consent-io" { function: "Functional", purpose: "OCD" }
C301: "cookie-consent-io-timestamp*" { function: "Functional", purpose: "OCD" }
C302: "cookie-consent-io-gdpr" { function: "Functional", purpose: "OCD" }
            }
            provider "Youtube" {
C306: "PREF" { function: "Functional", purpose: "OCD" }
C307: "YSC" { function: "Functional", purpose: "OCD" }
C308: "DEVICE_INFO" { function: "Functional", purpose: "OCD" }
            }
            provider "Cloudflare" {
C315: "__cfduid" { function: "Functional", purpose: "OCD" }
C316: "__cfruid" { function: "Functional", purpose: "OCD" }
C317: "__cf_bm" { function: "Functional", purpose: "OCD" }
C318: "cf_chl_2" { function: "Functional", purpose: "OCD" }
C319: "__cflb" { function: "Functional", purpose: "OCD" }
C320: "cf_clearance" { function: "Functional", purpose: "OCD" }
C321: "__cfseq" { function: "Functional", purpose: "OCD" }
            }
            provider "CloudFlare" {
C322: "cf_ob_info" { function: "Functional", purpose: "OCD" }
C323: "cf_use_ob" { function: "Functional", purpose: "OCD" }
C324: "__cfwaitingroom" { function: "Functional", purpose: "OCD" }
C325: "cf_chl_rc_i" { function: "Functional", purpose: "OCD" }
C326: "cf_chl_rc_ni" { function: "Functional", purpose: "OCD" }
C327: "cf_chl_rc_m" { function: "Functional", purpose: "OCD" }
            }
            provider "Hotjar" {
C344: "_hjTLDTest" { function: "Functional", purpose: "OCD" }
C345: "_hjUserAttributesHash" { function: "Functional", purpose: "OCD" }
C347: "_hjLocalStorageTest" { function: "Functional", purpose: "OCD" }
C348: "_hjptid" { function: "Functional", purpose: "OCD" }
C349: "_hjAbsoluteSessionInProgress" { function: "Functional", purpose: "OCD" }
C350: "_hjFirstSeen" { function: "Functional", purpose: "OCD" }
C351: "_hjIncludedInPageviewSample" { function: "Functional", purpose: "OCD" }
C352: "_hjIncludedInSessionSample*" { function: "Functional", purpose: "OCD" }
C353: "_hjSession_*" { function: "Functional", purpose: "OCD" }
C354: "_hjSessionUser_*" { function: "Functional", purpose: "OCD" }
C355: "_hjSessionTooLarge" { function: "Functional", purpose: "OCD" }
C356: "_hjSessionRejected" { function: "Functional", purpose: "OCD" }
C357: "_hjSessionResumed" { function: "Functional", purpose: "OCD" }
C358: "hjViewportId" { function: "Functional", purpose: "OCD" }
C359: "_hjCookieTest" { function: "Functional", purpose: "OCD" }
            }
            provider "Oracle" {
C364: "JSESSIO" { function: "Functional", purpose: "OCD" }
C365: "ORA_WWV_APP_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Laravel" {
C368: "laravel_session" { function: "Functional", purpose: "OCD" }
            }
            provider "PHP.net" {
C369: "PHPSESSID" { function: "Functional", purpose: "OCD" }
C370: "__Secure-PHPSESSID" { function: "Functional", purpose: "OCD", secure }
            }
            provider "LinkedIn" {
C381: "lang" { function: "Functional", purpose: "OCD" }
C382: "li_gc" { function: "Functional", purpose: "OCD" }
C386: "sdsc" { function: "Functional", purpose: "OCD" }
C387: "li_mc" { function: "Functional", purpose: "OCD" }
C395: "li_a" { function: "Functional", purpose: "OCD" }
C396: "li_ep_auth_context" { function: "Functional", purpose: "OCD" }
C397: "fcookie" { function: "Functional", purpose: "OCD" }
C398: "ccookie" { function: "Functional", purpose: "OCD" }
C399: "chp_token" { function: "Functional", purpose: "OCD" }
C400: "li_cu" { function: "Functional", purpose: "OCD" }
C401: "denial-client-ip" { function: "Functional", purpose: "OCD" }
C402: "denial-reason-code" { function: "Functional", purpose: "OCD" }
C403: "rtc" { function: "Functional", purpose: "OCD" }
C404: "li_referer" { function: "Functional", purpose: "OCD" }
C405: "f_token" { function: "Functional", purpose: "OCD" }
C406: "li_odapfcc" { function: "Functional", purpose: "OCD" }
C407: "ac_L" { function: "Functional", purpose: "OCD" }
C408: "ac_LD" { function: "Functional", purpose: "OCD" }
C409: "recent_history_status" { function: "Functional", purpose: "OCD" }
C410: "all_u_b" { function: "Functional", purpose: "OCD" }
C411: "uh" { function: "Functional", purpose: "OCD" }
C412: "pushPermInfo" { function: "Functional", purpose: "OCD" }
C413: "pushPermState" { function: "Functional", purpose: "OCD" }
C414: "wwepo" { function: "Functional", purpose: "OCD" }
C415: "li_ec" { function: "Functional", purpose: "OCD" }
C416: "li_gpc" { function: "Functional", purpose: "OCD" }
C417: "PLAY_FLASH" { function: "Functional", purpose: "OCD" }
C418: "PLAY_LANG" { function: "Functional", purpose: "OCD" }
C419: "PLAY_SESSION" { function: "Functional", purpose: "OCD" }
C420: "redirectFromM2MInviteAccept" { function: "Functional", purpose: "OCD" }
C421: "redirectFromM2MInviteSent" { function: "Functional", purpose: "OCD" }
C422: "cookie.policy.banner.eu" { function: "Functional", purpose: "OCD" }
C423: "cookie.policy.banner.nl" { function: "Functional", purpose: "OCD" }
C424: "appName" { function: "Functional", purpose: "OCD" }
C425: "appLang" { function: "Functional", purpose: "OCD" }
C426: "lls-integration" { function: "Functional", purpose: "OCD" }
C427: "feed-sort" { function: "Functional", purpose: "OCD" }
C428: "abiRedirect" { function: "Functional", purpose: "OCD" }
C429: "li_alerts" { function: "Functional", purpose: "OCD" }
C430: "li_theme" { function: "Functional", purpose: "OCD" }
C431: "integration_type" { function: "Functional", purpose: "OCD" }
C432: "li_theme_set" { function: "Functional", purpose: "OCD" }
C433: "lms_analytics" { function: "Functional", purpose: "OCD" }
C434: "li_fat_id" { function: "Functional", purpose: "OCD" }
C435: "li_giant" { function: "Functional", purpose: "OCD" }
C438: "recent_history" { function: "Functional", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C446: "AWSALB" { function: "Functional", purpose: "OCD" }
C447: "AWSALBCORS" { function: "Functional", purpose: "OCD" }
C448: "AWSELBCORS" { function: "Functional", purpose: "OCD" }
C449: "AWSELB" { function: "Functional", purpose: "OCD" }
C450: "AWSALBTGCORS" { function: "Functional", purpose: "OCD" }
C451: "AWSALBTG" { function: "Functional", purpose: "OCD" }
C452: "aws_lang" { function: "Functional", purpose: "OCD" }
C454: "aws-priv" { function: "Functional", purpose: "OCD" }
            }
            provider "CHEQ AI Technologies" {
C469: "_cq_duid" { function: "Functional", purpose: "OCD" }
C470: "_cq_suid" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C484: "KTPCACOOKIE" { function: "Functional", purpose: "OCD" }
C485: "COKENBLD" { function: "Functional", purpose: "OCD" }
C490: "pubtime_*" { function: "Functional", purpose: "OCD" }
C491: "PMFREQ_ON" { function: "Functional", purpose: "OCD" }
C494: "FPtrust" { function: "Functional", purpose: "OCD" }
C495: "_curtime" { function: "Functional", purpose: "OCD" }
C496: "PMDTSHR" { function: "Functional", purpose: "OCD" }
C497: "chk" { function: "Functional", purpose: "OCD" }
C498: "chkSecSet" { function: "Functional", purpose: "OCD" }
C499: "chkChromeAb67" { function: "Functional", purpose: "OCD" }
C500: "chkChromeAb67Sec" { function: "Functional", purpose: "OCD" }
C501: "pubsyncexp" { function: "Functional", purpose: "OCD" }
            }
            provider "Kiyoh" {
C502: "Kiyohnl" { function: "Functional", purpose: "OCD" }
            }
            provider "ID5" {
C509: "gdpr" { function: "Functional", purpose: "OCD" }
C510: "gpp" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe ColdFusion" {
C528: "cfid" { function: "Functional", purpose: "OCD" }
C529: "cftoken" { function: "Functional", purpose: "OCD" }
            }
            provider "Smartadserver" {
C544: "dyncdn" { function: "Functional", purpose: "OCD" }
C550: "Pdomid" { function: "Functional", purpose: "OCD" }
            }
            provider "Taboola" {
C568: "t_pt_gid" { function: "Functional", purpose: "OCD" }
C570: "taboola_select" { function: "Functional", purpose: "OCD" }
C571: "taboola_fp_td_user_id" { function: "Functional", purpose: "OCD" }
C572: "_tb_sess_r" { function: "Functional", purpose: "OCD" }
            }
            provider "Funda" {
C586: "fonts-loaded" { function: "Functional", purpose: "OCD" }
C587: "html-classes" { function: "Functional", purpose: "OCD" }
C588: "SNLB2" { function: "Functional", purpose: "OCD" }
            }
            provider "LiveZilla GmbH" {
C589: "lz_last_visit" { function: "Functional", purpose: "OCD" }
C590: "lz_userid" { function: "Functional", purpose: "OCD" }
C591: "lz_visits" { function: "Functional", purpose: "OCD" }
            }
            provider "AFAS" {
C592: ".secureclient" { function: "Functional", purpose: "OCD" }
C593: ".securesession" { function: "Functional", purpose: "OCD" }
C594: ".stateflags" { function: "Functional", purpose: "OCD" }
C595: ".auth" { function: "Functional", purpose: "OCD" }
            }
            provider "Pinterest" {
C662: "_pinterest_cm" { function: "Functional", purpose: "OCD" }
C663: "_pinterest_sess" { function: "Functional", purpose: "OCD" }
            }
            provider "nopCommerce" {
C671: "Nop.customer" { function: "Functional", purpose: "OCD" }
C672: "NopCommerce.RecentlyViewedProducts" { function: "Functional", purpose: "OCD" }
C673: "NOPCOMMERCE.AUTH" { function: "Functional", purpose: "OCD" }
            }
            provider "FeedbackCompany" {
C674: "tsrvid" { function: "Functional", purpose: "OCD" }
            }
            provider "Magento" {
C676: "product_data_storage*" { function: "Functional", purpose: "OCD" }
C677: "mage-cache-sessid" { function: "Functional", purpose: "OCD" }
C678: "mage-cache-storage*" { function: "Functional", purpose: "OCD" }
C679: "mage-cache-timeout*" { function: "Functional", purpose: "OCD" }
C680: "mage-messages" { function: "Functional", purpose: "OCD" }
C681: "mage-translation-file-version" { function: "Functional", purpose: "OCD" }
C682: "mage-translation-storage" { function: "Functional", purpose: "OCD" }
C683: "recently_compared_product*" { function: "Functional", purpose: "OCD" }
C684: "recently_compared_product_previous*" { function: "Functional", purpose: "OCD" }
C685: "recently_viewed_product*" { function: "Functional", purpose: "OCD" }
C686: "recently_viewed_product_previous*" { function: "Functional", purpose: "OCD" }
C687: "user_allowed_save_cookie" { function: "Functional", purpose: "OCD" }
C688: "persistent_shopping_cart" { function: "Functional", purpose: "OCD" }
C689: "stf" { function: "Functional", purpose: "OCD" }
C690: "pollN" { function: "Functional", purpose: "OCD" }
C691: "frontend" { function: "Functional", purpose: "OCD" }
C692: "guest-view" { function: "Functional", purpose: "OCD" }
C693: "mage-banners-cache-storage" { function: "Functional", purpose: "OCD" }
C694: "searchReport-log" { function: "Functional", purpose: "OCD" }
C695: "private_content_version" { function: "Functional", purpose: "OCD" }
C696: "X-Magento-Vary" { function: "Functional", purpose: "OCD" }
C697: "section_data_ids" { function: "Functional", purpose: "OCD" }
C698: "section_data_clean" { function: "Functional", purpose: "OCD" }
C699: "store" { function: "Functional", purpose: "OCD" }
C700: "login_redirect" { function: "Functional", purpose: "OCD" }
            }
            provider "Wordpress" {
C702: "wordpress_test_cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Joomla!" {
C703: "componentType" { function: "Functional", purpose: "OCD" }
C704: "componentStyle" { function: "Functional", purpose: "OCD" }
            }
            provider "Joomla! Engagebox" {
C705: "nrid" { function: "Functional", purpose: "OCD" }
            }
            provider "OneTrust" {
C725: "OptanonConsent" { function: "Functional", purpose: "OCD" }
C726: "OptanonAlertBoxClosed" { function: "Functional", purpose: "OCD" }
C727: "OneTrustWPCCPAGoogleOptOut" { function: "Functional", purpose: "OCD" }
C728: "FunctionalCookie" { function: "Functional", purpose: "OCD" }
C730: "utm_key" { function: "Functional", purpose: "OCD" }
C731: "__Secure-fgpt" { function: "Functional", purpose: "OCD", secure }
            }
            provider "Channel.me" {
C736: "wwwchannelme_z_sid" { function: "Functional", purpose: "OCD" }
            }
            provider "Wix.com" {
C741: "SSR-caching" { function: "Functional", purpose: "OCD" }
C742: "smSession" { function: "Functional", purpose: "OCD" }
C744: "ForceFlashSite" { function: "Functional", purpose: "OCD" }
C745: "hs" { function: "Functional", purpose: "OCD" }
C746: "bSession" { function: "Functional", purpose: "OCD" }
C747: "TS01*" { function: "Functional", purpose: "OCD" }
C748: "fedops.logger.sessionId" { function: "Functional", purpose: "OCD" }
C749: "wixLanguage" { function: "Functional", purpose: "OCD" }
C750: "_wixCIDX" { function: "Functional", purpose: "OCD" }
C751: "consent-policy" { function: "Functional", purpose: "OCD" }
C752: "client-session-bind" { function: "Functional", purpose: "OCD" }
C753: "server-session-bind" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C754: "_ab" { function: "Functional", purpose: "OCD" }
C755: "Cart" { function: "Functional", purpose: "OCD" }
C756: "cart_sig" { function: "Functional", purpose: "OCD" }
C757: "cart_ts" { function: "Functional", purpose: "OCD" }
C758: "checkout_token" { function: "Functional", purpose: "OCD" }
C759: "Secret" { function: "Functional", purpose: "OCD" }
C760: "Secure_customer_sig" { function: "Functional", purpose: "OCD" }
C761: "storefront_digest" { function: "Functional", purpose: "OCD" }
C769: "shopify_pay_redirect" { function: "Functional", purpose: "OCD" }
C770: "cart_currency" { function: "Functional", purpose: "OCD" }
C771: "dynamic_checkout_shown_on_cart" { function: "Functional", purpose: "OCD" }
C772: "keep_alive" { function: "Functional", purpose: "OCD" }
C773: "checkout_session_token*" { function: "Functional", purpose: "OCD" }
C774: "cart_ver" { function: "Functional", purpose: "OCD" }
C775: "localization" { function: "Functional", purpose: "OCD" }
C776: "locale_bar_accepted" { function: "Functional", purpose: "OCD" }
C777: "_cmp_a" { function: "Functional", purpose: "OCD" }
C778: "_customer_account_shop_sessions" { function: "Functional", purpose: "OCD" }
C779: "customer_account_locale" { function: "Functional", purpose: "OCD" }
C780: "hide_shopify_pay_for_checkout" { function: "Functional", purpose: "OCD" }
C781: "master_device_id" { function: "Functional", purpose: "OCD" }
C782: "previous_step" { function: "Functional", purpose: "OCD" }
C783: "discount_code" { function: "Functional", purpose: "OCD" }
C784: "remember_me" { function: "Functional", purpose: "OCD" }
C785: "shopify_pay" { function: "Functional", purpose: "OCD" }
C786: "checkout_prefill" { function: "Functional", purpose: "OCD" }
C787: "checkout_queue_token" { function: "Functional", purpose: "OCD" }
C788: "checkout_worker_session" { function: "Functional", purpose: "OCD" }
C789: "identity-state" { function: "Functional", purpose: "OCD" }
C790: "identity-state-*" { function: "Functional", purpose: "OCD" }
C791: "identity_customer_account_number" { function: "Functional", purpose: "OCD" }
C792: "card_update_verification_id" { function: "Functional", purpose: "OCD" }
C793: "customer_account_new_login" { function: "Functional", purpose: "OCD" }
C794: "customer_account_preview" { function: "Functional", purpose: "OCD" }
C795: "customer_payment_method" { function: "Functional", purpose: "OCD" }
C796: "customer_shop_pay_agreement" { function: "Functional", purpose: "OCD" }
C797: "pay_update_intent_id" { function: "Functional", purpose: "OCD" }
C798: "login_with_shop_finalize" { function: "Functional", purpose: "OCD" }
C799: "preview_theme" { function: "Functional", purpose: "OCD" }
C800: "shopify-editor-unconfirmed-settings" { function: "Functional", purpose: "OCD" }
C802: "_shopify_essential_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Hubspot" {
C803: "__hs_opt_out" { function: "Functional", purpose: "OCD" }
C804: "__hs_do_not_track" { function: "Functional", purpose: "OCD" }
C805: "__hs_initial_opt_in" { function: "Functional", purpose: "OCD" }
C806: "hs_ab_test" { function: "Functional", purpose: "OCD" }
C807: "hs-messages-is-open" { function: "Functional", purpose: "OCD" }
C808: "hs-messages-hide-welcome-message" { function: "Functional", purpose: "OCD" }
C809: "__hsmem" { function: "Functional", purpose: "OCD" }
C817: "hubspotapi-prefs" { function: "Functional", purpose: "OCD" }
            }
            provider "HubSpot" {
C819: "__hs_cookie_cat_pref" { function: "Functional", purpose: "OCD" }
C820: "__hs_gpc_banner_dismiss" { function: "Functional", purpose: "OCD" }
C821: "__hs_notify_banner_dismiss" { function: "Functional", purpose: "OCD" }
            }
            provider "Vimeo" {
C822: "Player" { function: "Functional", purpose: "OCD" }
C823: "continuous_play_v3" { function: "Functional", purpose: "OCD" }
            }
            provider "Stripe" {
C826: "__stripe_mid" { function: "Functional", purpose: "OCD" }
C827: "__stripe_sid" { function: "Functional", purpose: "OCD" }
C828: "m" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce" {
C829: "woocommerce_cart_hash" { function: "Functional", purpose: "OCD" }
C830: "woocommerce_items_in_cart" { function: "Functional", purpose: "OCD" }
C831: "wp_woocommerce_session_*" { function: "Functional", purpose: "OCD" }
C832: "woocommerce_recently_viewed" { function: "Functional", purpose: "OCD" }
C833: "store_notice*" { function: "Functional", purpose: "OCD" }
C834: "woocommerce_snooze_suggestions__*" { function: "Functional", purpose: "OCD" }
C835: "woocommerce_dismissed_suggestions__*" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce / Jetpack" {
C836: "tk_ai" { function: "Functional", purpose: "OCD" }
            }
            provider "Imperva" {
C846: "incap_ses_*" { function: "Functional", purpose: "OCD" }
C847: "nlbi_*" { function: "Functional", purpose: "OCD" }
C848: "visid_incap_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Spotify" {
C849: "sp_t" { function: "Functional", purpose: "OCD" }
C850: "sp_landing" { function: "Functional", purpose: "OCD" }
            }
            provider "Xandr" {
C855: "sess" { function: "Functional", purpose: "OCD" }
            }
            provider "Intershop" {
C857: "cc-*" { function: "Functional", purpose: "OCD" }
C858: "pgid-org-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Kentico" {
C860: "CMSCookieLevel" { function: "Functional", purpose: "OCD" }
C862: "CMSPreferredCulture" { function: "Functional", purpose: "OCD" }
            }
            provider "Snapchat" {
C867: "X-AB" { function: "Functional", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C868: "_vwo_uuid_v2" { function: "Functional", purpose: "OCD" }
C869: "_vwo_uuid" { function: "Functional", purpose: "OCD" }
C870: "_vis_opt_s" { function: "Functional", purpose: "OCD" }
C871: "_vis_opt_test_cookie" { function: "Functional", purpose: "OCD" }
C872: "_vis_opt_exp_*" { function: "Functional", purpose: "OCD" }
C876: "_vwo_ssm" { function: "Functional", purpose: "OCD" }
            }
            provider "ZOHO" {
C877: "zc_consent" { function: "Functional", purpose: "OCD" }
C879: "zc_cu_exp" { function: "Functional", purpose: "OCD" }
C881: "uesign" { function: "Functional", purpose: "OCD" }
            }
            provider "WhatsApp" {
C882: "wa_ul" { function: "Functional", purpose: "OCD" }
C883: "wa_lang_pref" { function: "Functional", purpose: "OCD" }
            }
            provider "Drupal CMS" {
C893: "has_js" { function: "Functional", purpose: "OCD" }
            }
            provider "SnapEngage" {
C898: "SnapABugUserAlias" { function: "Functional", purpose: "OCD" }
C899: "SnapABugVisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Yithemes.com" {
C901: "yith_wcwl_session_" { function: "Functional", purpose: "OCD" }
            }
            provider "NGINX Ingresss" {
C920: "INGRESSCOOKIE" { function: "Functional", purpose: "OCD" }
            }
            provider "Alteon" {
C921: "AlteonP" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Law Info" {
C925: "cookielawinfo-checkbox-necessary" { function: "Functional", purpose: "OCD" }
C926: "cookielawinfo-checkbox-non-necessary" { function: "Functional", purpose: "OCD" }
C927: "viewed_cookie_policy" { function: "Functional", purpose: "OCD" }
C928: "cookielawinfo-checkbox-marketing" { function: "Functional", purpose: "OCD" }
C929: "cookielawinfo-checkbox-analytics" { function: "Functional", purpose: "OCD" }
C930: "cookielawinfo-checkbox-performance" { function: "Functional", purpose: "OCD" }
C931: "cookielawinfo-checkbox-others" { function: "Functional", purpose: "OCD" }
C932: "cookielawinfo-checkbox-functional" { function: "Functional", purpose: "OCD" }
C933: "cookielawinfo-checkbox-advertisement" { function: "Functional", purpose: "OCD" }
C934: "cookielawinfo-checkbox-preferences" { function: "Functional", purpose: "OCD" }
C935: "CookieLawInfoConsent" { function: "Functional", purpose: "OCD" }
            }
            provider "Sooqr" {
C949: "__sqra" { function: "Functional", purpose: "OCD" }
C950: "__sqrb" { function: "Functional", purpose: "OCD" }
            }
            provider "Keycloak" {
C955: "AUTH_SESSION_ID" { function: "Functional", purpose: "OCD" }
C956: "KC_RESTART" { function: "Functional", purpose: "OCD" }
C957: "KC_START" { function: "Functional", purpose: "OCD" }
C958: "KEYCLOAK_IDENTITY" { function: "Functional", purpose: "OCD" }
C959: "KEYCLOAK_LOCALE" { function: "Functional", purpose: "OCD" }
C960: "KEYCLOAK_REMEMBER_ME" { function: "Functional", purpose: "OCD" }
C961: "KEYCLOAK_SESSION" { function: "Functional", purpose: "OCD" }
C962: "KC_STATE_CHECKER" { function: "Functional", purpose: "OCD" }
C963: "KC_AUTH_STATE" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai Botmanager" {
C964: "_abck" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai" {
C965: "AKA_A2" { function: "Functional", purpose: "OCD" }
C966: "ak_bmsc" { function: "Functional", purpose: "OCD" }
C967: "bm_sv" { function: "Functional", purpose: "OCD" }
            }
            provider "CraftCMS" {
C969: "CraftSessionId" { function: "Functional", purpose: "OCD" }
            }
            provider "CodeIgniter" {
C970: "ci_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Livechat" {
C971: "__lc_cid" { function: "Functional", purpose: "OCD" }
C972: "__lc_cst" { function: "Functional", purpose: "OCD" }
C973: "__lc2_cid" { function: "Functional", purpose: "OCD" }
C974: "__lc2_cst" { function: "Functional", purpose: "OCD" }
C975: "__livechat" { function: "Functional", purpose: "OCD" }
            }
            provider "CakePHP" {
C981: "CAKEPHP" { function: "Functional", purpose: "OCD" }
            }
            provider "WPML" {
C982: "wp-wpml_current_language" { function: "Functional", purpose: "OCD" }
            }
            provider "Flowbox" {
C983: "_flowbox" { function: "Functional", purpose: "OCD" }
            }
            provider "Adcalls" {
C985: "acalltrackersession" { function: "Functional", purpose: "OCD" }
C987: "excludecalltracking" { function: "Functional", purpose: "OCD" }
            }
            provider "Jimdo" {
C989: "ckies_functional" { function: "Functional", purpose: "OCD" }
C990: "ckies_necessary" { function: "Functional", purpose: "OCD" }
C991: "ckies_performance" { function: "Functional", purpose: "OCD" }
C992: "ckies_marketing" { function: "Functional", purpose: "OCD" }
C993: "ClickAndChange" { function: "Functional", purpose: "OCD" }
            }
            provider "Polylang" {
C994: "pll_language" { function: "Functional", purpose: "OCD" }
            }
            provider "Browser-Update.org" {
C995: "browserupdateorg" { function: "Functional", purpose: "OCD" }
            }
            provider "Tawk.to Chat" {
C996: "TawkConnectionTime" { function: "Functional", purpose: "OCD" }
C998: "TawkCookie" { function: "Functional", purpose: "OCD" }
C999: "__tawkuuid" { function: "Functional", purpose: "OCD" }
            }
            provider "Squeezely" {
C1002: "sqzl_consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Belco" {
C1006: "belco-anonymous-id" { function: "Functional", purpose: "OCD" }
C1007: "belco-cookies" { function: "Functional", purpose: "OCD" }
            }
            provider "CleanTalk" {
C1026: "apbct_*" { function: "Functional", purpose: "OCD" }
C1027: "ct_*" { function: "Functional", purpose: "OCD" }
C1028: "spbc_cookies_test" { function: "Functional", purpose: "OCD" }
C1029: "spbc_firewall_pass_key" { function: "Functional", purpose: "OCD" }
C1030: "spbc_is_logged_in" { function: "Functional", purpose: "OCD" }
C1031: "spbc_2fa_passed" { function: "Functional", purpose: "OCD" }
C1032: "spbc_timer" { function: "Functional", purpose: "OCD" }
C1033: "spbc_log_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Auth0" {
C1045: "auth0" { function: "Functional", purpose: "OCD" }
C1046: "auth0_compat" { function: "Functional", purpose: "OCD" }
C1047: "auth0-mf" { function: "Functional", purpose: "OCD" }
C1048: "auth0-mf_compat" { function: "Functional", purpose: "OCD" }
C1049: "did" { function: "Functional", purpose: "OCD" }
C1050: "did_compat" { function: "Functional", purpose: "OCD" }
C1051: "__txn_*" { function: "Functional", purpose: "OCD" }
            }
            provider "JoomlArt" {
C1053: "ja_purity_tpl" { function: "Functional", purpose: "OCD" }
C1054: "ja_purity_ii_tpl" { function: "Functional", purpose: "OCD" }
            }
            provider "f5 BIG-IP" {
C1055: "BIGipServer*" { function: "Functional", purpose: "OCD" }
            }
            provider "Ezoic" {
C1056: "ezds" { function: "Functional", purpose: "OCD" }
C1057: "ezoab_*" { function: "Functional", purpose: "OCD" }
C1059: "ezohw" { function: "Functional", purpose: "OCD" }
C1062: "ezostid_*" { function: "Functional", purpose: "OCD" }
C1072: "ezoawesome_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Easysize.me" {
C1073: "easysize_button_loaded_for_user" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C1074: "swym-email" { function: "Functional", purpose: "OCD" }
C1075: "swym-session-id" { function: "Functional", purpose: "OCD" }
C1076: "swym-pid" { function: "Functional", purpose: "OCD" }
C1077: "swym-swymRegid" { function: "Functional", purpose: "OCD" }
C1078: "swym-o_s" { function: "Functional", purpose: "OCD" }
C1079: "swym-instrumentMap" { function: "Functional", purpose: "OCD" }
C1080: "swym-ol_ct" { function: "Functional", purpose: "OCD" }
C1081: "swym-v-ckd" { function: "Functional", purpose: "OCD" }
C1082: "swym-tpermts" { function: "Functional", purpose: "OCD" }
C1083: "swym-u_pref" { function: "Functional", purpose: "OCD" }
C1084: "swym-weml" { function: "Functional", purpose: "OCD" }
            }
            provider "PayPal" {
C1085: "enforce_policy" { function: "Functional", purpose: "OCD" }
C1086: "x-pp-s" { function: "Functional", purpose: "OCD" }
C1087: "ts" { function: "Functional", purpose: "OCD" }
C1088: "ts_c" { function: "Functional", purpose: "OCD" }
C1089: "tsrce" { function: "Functional", purpose: "OCD" }
C1090: "X-PP-SILOVER" { function: "Functional", purpose: "OCD" }
C1091: "X-PP-L7" { function: "Functional", purpose: "OCD" }
C1092: "l7_az" { function: "Functional", purpose: "OCD" }
            }
            provider "HAproxy" {
C1093: "SERVERID" { function: "Functional", purpose: "OCD" }
            }
            provider "vBulletin" {
C1098: "bbuserid" { function: "Functional", purpose: "OCD" }
C1099: "bbpassword" { function: "Functional", purpose: "OCD" }
C1100: "bbsessionhash" { function: "Functional", purpose: "OCD" }
C1101: "bbcpsessionhash" { function: "Functional", purpose: "OCD" }
C1102: "bbsitebuilder_active" { function: "Functional", purpose: "OCD" }
C1103: "bblastactivity" { function: "Functional", purpose: "OCD" }
C1104: "bblastvisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Processwire" {
C1106: "wires" { function: "Functional", purpose: "OCD" }
C1107: "wires_challenge" { function: "Functional", purpose: "OCD" }
            }
            provider "Braze" {
C1108: "ab.storage.userId.*" { function: "Functional", purpose: "OCD" }
C1110: "ab.optOut" { function: "Functional", purpose: "OCD" }
C1111: "ab._gd" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C1112: "devicePixelRatio" { function: "Functional", purpose: "OCD" }
C1117: "wp-settings-*" { function: "Functional", purpose: "OCD" }
C1118: "wporg_logged_in" { function: "Functional", purpose: "OCD" }
C1119: "wporg_sec" { function: "Functional", purpose: "OCD" }
C1120: "wporg_locale" { function: "Functional", purpose: "OCD" }
C1121: "welcome-*" { function: "Functional", purpose: "OCD" }
C1122: "showComments" { function: "Functional", purpose: "OCD" }
C1123: "trac_form_token" { function: "Functional", purpose: "OCD" }
C1124: "trac_session" { function: "Functional", purpose: "OCD" }
C1125: "codexToken" { function: "Functional", purpose: "OCD" }
C1126: "codexUserId" { function: "Functional", purpose: "OCD" }
C1127: "codexUserName" { function: "Functional", purpose: "OCD" }
C1129: "comment_author_*" { function: "Functional", purpose: "OCD" }
C1130: "comment_author_url_*" { function: "Functional", purpose: "OCD" }
C1131: "wp-postpass_*" { function: "Functional", purpose: "OCD" }
C1132: "wp-settings-time-*" { function: "Functional", purpose: "OCD" }
C1133: "tix_view_token" { function: "Functional", purpose: "OCD" }
C1134: "jetpackState" { function: "Functional", purpose: "OCD" }
C1135: "jpp_math_pass" { function: "Functional", purpose: "OCD" }
C1136: "stnojs" { function: "Functional", purpose: "OCD" }
C1137: "wordpress_logged_in_*" { function: "Functional", purpose: "OCD" }
C1988: "wp_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie First" {
C1138: "cookiefirst-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Iubenda" {
C1139: "_iub_cs-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Didomi" {
C1140: "didomi_token" { function: "Functional", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1141: "_global_lucky_opt_out" { function: "Functional", purpose: "OCD" }
C1142: "_lo_np_*" { function: "Functional", purpose: "OCD" }
C1143: "_lo_bn" { function: "Functional", purpose: "OCD" }
C1144: "_lo_cid" { function: "Functional", purpose: "OCD" }
            }
            provider "Axeptio" {
C1149: "axeptio_authorized_vendors" { function: "Functional", purpose: "OCD" }
C1150: "axeptio_cookies" { function: "Functional", purpose: "OCD" }
C1151: "axeptio_all_vendors" { function: "Functional", purpose: "OCD" }
            }
            provider "Borlabs" {
C1152: "borlabs-cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Osano" {
C1153: "osano_consentmanager" { function: "Functional", purpose: "OCD" }
C1154: "osano_consentmanager_expdate" { function: "Functional", purpose: "OCD" }
C1155: "osano_consentmanager_uuid" { function: "Functional", purpose: "OCD" }
C1156: "cookieconsent_status" { function: "Functional", purpose: "OCD" }
C1157: "cookieconsent_page" { function: "Functional", purpose: "OCD" }
            }
            provider "Consentmanager.net" {
C1158: "__cmpconsent*" { function: "Functional", purpose: "OCD" }
C1159: "__cmpiab*" { function: "Functional", purpose: "OCD" }
C1160: "__cmpcpc*" { function: "Functional", purpose: "OCD" }
C1161: "__cmpccc*" { function: "Functional", purpose: "OCD" }
C1162: "__cmpwel*" { function: "Functional", purpose: "OCD" }
C1163: "__cmpiuid" { function: "Functional", purpose: "OCD" }
C1164: "__cmpcc" { function: "Functional", purpose: "OCD" }
C1165: "__cmpfcc" { function: "Functional", purpose: "OCD" }
C1166: "__cmpld" { function: "Functional", purpose: "OCD" }
C1167: "__cmpccpausps*" { function: "Functional", purpose: "OCD" }
            }
            provider "Hu-manity.co" {
C1168: "hu-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Complianz" {
C1169: "complianz_policy_id" { function: "Functional", purpose: "OCD" }
C1170: "complianz_consent_status" { function: "Functional", purpose: "OCD" }
C1171: "cmplz_marketing" { function: "Functional", purpose: "OCD" }
C1172: "cmplz_statistics" { function: "Functional", purpose: "OCD" }
C1173: "cmplz_preferences" { function: "Functional", purpose: "OCD" }
C1174: "cmplz_functional" { function: "Functional", purpose: "OCD" }
C1175: "cmplz_stats" { function: "Functional", purpose: "OCD" }
C1176: "cmplz_id" { function: "Functional", purpose: "OCD" }
C1177: "cmplz_user_data" { function: "Functional", purpose: "OCD" }
C1178: "cmplz_saved_services" { function: "Functional", purpose: "OCD" }
C1179: "cmplz_consented_services" { function: "Functional", purpose: "OCD" }
C1180: "cmplz_policy_id" { function: "Functional", purpose: "OCD" }
C1181: "cmplz_saved_categories" { function: "Functional", purpose: "OCD" }
C1182: "cmplz_banner-status" { function: "Functional", purpose: "OCD" }
            }
            provider "Digital Factory" {
C1183: "cookie_notice_accepted" { function: "Functional", purpose: "OCD" }
            }
            provider "Moove" {
C1184: "moove_gdpr_popup" { function: "Functional", purpose: "OCD" }
            }
            provider "Termly" {
C1185: "__tlbcpv" { function: "Functional", purpose: "OCD" }
C1186: "__tltpl_*" { function: "Functional", purpose: "OCD" }
C1187: "__tluid" { function: "Functional", purpose: "OCD" }
            }
            provider "ShareThis" {
C1189: "pubconsent*" { function: "Functional", purpose: "OCD" }
C1190: "st_optout" { function: "Functional", purpose: "OCD" }
C1192: "pxcelAcc3PC" { function: "Functional", purpose: "OCD" }
C1194: "usprivacy*" { function: "Functional", purpose: "OCD" }
C1195: "euconsent*" { function: "Functional", purpose: "OCD" }
C1196: "fpestid" { function: "Functional", purpose: "OCD" }
            }
            provider "SAP" {
C1207: "gig_canary_3*" { function: "Functional", purpose: "OCD" }
C1208: "gig_canary_ver*" { function: "Functional", purpose: "OCD" }
C1210: "glt_*" { function: "Functional", purpose: "OCD" }
C1211: "gig_last_ver_*" { function: "Functional", purpose: "OCD" }
C1212: "gig_loginToken_*" { function: "Functional", purpose: "OCD" }
C1213: "_gig_shareUI_cb_*" { function: "Functional", purpose: "OCD" }
C1215: "gig_toggles" { function: "Functional", purpose: "OCD" }
C1216: "gig3pc" { function: "Functional", purpose: "OCD" }
C1217: "gig3pctest" { function: "Functional", purpose: "OCD" }
C1218: "glnk" { function: "Functional", purpose: "OCD" }
C1220: "gst" { function: "Functional", purpose: "OCD" }
C1221: "GSLM_*" { function: "Functional", purpose: "OCD" }
C1223: "SAML_*" { function: "Functional", purpose: "OCD" }
C1224: "gltexp_*" { function: "Functional", purpose: "OCD" }
C1225: "ua_*" { function: "Functional", purpose: "OCD" }
            }
            provider "phpMyAdmin" {
C1244: "pmaAuth-*" { function: "Functional", purpose: "OCD" }
C1245: "phpMyAdmin" { function: "Functional", purpose: "OCD" }
C1246: "pmaUser-*" { function: "Functional", purpose: "OCD" }
C1247: "pma_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Plesk" {
C1248: "plesk-items-per-page" { function: "Functional", purpose: "OCD" }
C1249: "plek-list-type" { function: "Functional", purpose: "OCD" }
C1250: "plesk-sort-dir" { function: "Functional", purpose: "OCD" }
C1251: "plesk-sort-field" { function: "Functional", purpose: "OCD" }
C1252: "sites-active-list-state-collapsed" { function: "Functional", purpose: "OCD" }
C1253: "lists-state" { function: "Functional", purpose: "OCD" }
            }
            provider "TYPO3" {
C1254: "fe_typo_user" { function: "Functional", purpose: "OCD" }
C1255: "be_typo_user" { function: "Functional", purpose: "OCD" }
C1256: "Typo3InstallTool" { function: "Functional", purpose: "OCD" }
C1257: "be_lastLoginProvider" { function: "Functional", purpose: "OCD" }
            }
            provider "Datadome" {
C1265: "Datadome" { function: "Functional", purpose: "OCD" }
            }
            provider "Prebid" {
C1274: "_pbjs_userid_consent_data" { function: "Functional", purpose: "OCD" }
            }
            provider "Fastclick" {
C1289: "fastclick" { function: "Functional", purpose: "OCD" }
            }
            provider "Live helper chat" {
C1292: "lhc_per" { function: "Functional", purpose: "OCD" }
C1293: "lhc_ldep" { function: "Functional", purpose: "OCD" }
C1294: "lhc_ses" { function: "Functional", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1299: "_ym_debug" { function: "Functional", purpose: "OCD" }
C1301: "_ym_hostIndex" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C1311: "_KMPage*" { function: "Functional", purpose: "OCD" }
C1312: "_KnowledgePageDispatcher*" { function: "Functional", purpose: "OCD" }
C1313: "_KnowledgePageFilter*" { function: "Functional", purpose: "OCD" }
C1314: "_KnowledgePageFilterArticleArticleType*" { function: "Functional", purpose: "OCD" }
C1315: "_KnowledgePageFilterArticlePublishStatus*" { function: "Functional", purpose: "OCD" }
C1316: "_KnowledgePageFilterArticleValidationStatus*" { function: "Functional", purpose: "OCD" }
C1317: "_KnowledgePageFilterLanguage*" { function: "Functional", purpose: "OCD" }
C1318: "_KnowledgePageFilterMyDraftArticleType*" { function: "Functional", purpose: "OCD" }
C1319: "_KnowledgePageFilterMyDraftValidationStatus*" { function: "Functional", purpose: "OCD" }
C1320: "_KnowledgePageSortFieldArticle*" { function: "Functional", purpose: "OCD" }
C1321: "_KnowledgePageSortFieldMyDraft*" { function: "Functional", purpose: "OCD" }
C1322: "_spring_KmMlAnyoneDraftArticlesList*" { function: "Functional", purpose: "OCD" }
C1323: "_spring_KmMlArchivedArticlesList*" { function: "Functional", purpose: "OCD" }
C1324: "_spring_KmMlMyDraftArticlesList*" { function: "Functional", purpose: "OCD" }
C1325: "_spring_KmMlMyDraftTranslationsList*" { function: "Functional", purpose: "OCD" }
C1326: "_spring_KmMlPublishedArticlesList*" { function: "Functional", purpose: "OCD" }
C1327: "_spring_KmMlPublishedTranslationsList*" { function: "Functional", purpose: "OCD" }
C1328: "_sid*" { function: "Functional", purpose: "OCD" }
C1329: "activeView" { function: "Functional", purpose: "OCD" }
C1332: "autocomplete" { function: "Functional", purpose: "OCD" }
C1333: "BAYEAX_BROWSER" { function: "Functional", purpose: "OCD" }
C1335: "caPanelState" { function: "Functional", purpose: "OCD" }
C1336: "renderCtx" { function: "Functional", purpose: "OCD" }
C1338: "force-stream" { function: "Functional", purpose: "OCD" }
C1339: "sfdc-stream" { function: "Functional", purpose: "OCD" }
C1340: "BrowserId_sec" { function: "Functional", purpose: "OCD" }
C1341: "BrowserId" { function: "Functional", purpose: "OCD" }
C1342: "QCQQ" { function: "Functional", purpose: "OCD" }
C1343: "sid_Client" { function: "Functional", purpose: "OCD" }
C1345: "rsid" { function: "Functional", purpose: "OCD" }
C1346: "rsid2" { function: "Functional", purpose: "OCD" }
C1347: "RRetURL" { function: "Functional", purpose: "OCD" }
C1348: "RRetURL2" { function: "Functional", purpose: "OCD" }
C1349: "alohaEpt" { function: "Functional", purpose: "OCD" }
C1350: "clientSrc" { function: "Functional", purpose: "OCD" }
C1355: "cookieSettingVerified" { function: "Functional", purpose: "OCD" }
C1356: "cordovaVersion" { function: "Functional", purpose: "OCD" }
C1357: "cqcid" { function: "Functional", purpose: "OCD" }
C1358: "csssid" { function: "Functional", purpose: "OCD" }
C1359: "csssid_Client" { function: "Functional", purpose: "OCD" }
C1361: "disco" { function: "Functional", purpose: "OCD" }
C1362: "FedAuth" { function: "Functional", purpose: "OCD" }
C1363: "gTalkCollapsed" { function: "Functional", purpose: "OCD" }
C1364: "guest_uuid_essential_*" { function: "Functional", purpose: "OCD" }
C1365: "hideDevelopmentTools" { function: "Functional", purpose: "OCD" }
C1366: "hideIdentityDialog" { function: "Functional", purpose: "OCD" }
C1368: "ideaToggle" { function: "Functional", purpose: "OCD" }
C1369: "inst" { function: "Functional", purpose: "OCD" }
C1370: "iotcontextsplashdisable" { function: "Functional", purpose: "OCD" }
C1371: "lastlist" { function: "Functional", purpose: "OCD" }
C1372: "liveagent_invite_rejected_" { function: "Functional", purpose: "OCD" }
C1373: "liveagent_sid" { function: "Functional", purpose: "OCD" }
C1374: "lloopch_loid" { function: "Functional", purpose: "OCD" }
C1375: "login" { function: "Functional", purpose: "OCD" }
C1376: "pc-unit" { function: "Functional", purpose: "OCD" }
C1377: "PreferredLanguage" { function: "Functional", purpose: "OCD" }
C1378: "redirectionWarning" { function: "Functional", purpose: "OCD" }
C1379: "schgtclose" { function: "Functional", purpose: "OCD" }
C1380: "sfdc_lv2" { function: "Functional", purpose: "OCD" }
C1381: "showNewBuilderWarningMessage" { function: "Functional", purpose: "OCD" }
C1382: "sidebarPinned" { function: "Personalization", purpose: "OCD" }
C1383: "ssostartpage" { function: "Functional", purpose: "OCD" }
C1384: "SUCSP" { function: "Functional", purpose: "OCD" }
C1385: "SUPRM" { function: "Functional", purpose: "OCD" }
C1386: "t" { function: "Functional", purpose: "OCD" }
C1387: "useStandbyUrl" { function: "Functional", purpose: "OCD" }
C1388: "waveUserPrefFinderLeftNav" { function: "Personalization", purpose: "OCD" }
C1389: "webact" { function: "Functional", purpose: "OCD" }
C1390: "WelcomePanel" { function: "Functional", purpose: "OCD" }
C1391: "__Host-ERIC_PROD-*" { function: "Functional", purpose: "OCD", secure }
C1392: "SetupDomainProbePassed" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C1396: "cookieyesID" { function: "Functional", purpose: "OCD" }
C1397: "cky-consent" { function: "Functional", purpose: "OCD" }
C1398: "cookieyes-necessary" { function: "Functional", purpose: "OCD" }
C1399: "cookieyes-functional" { function: "Functional", purpose: "OCD" }
C1400: "cookieyes-analytics" { function: "Functional", purpose: "OCD" }
C1401: "cookieyes-advertisement" { function: "Functional", purpose: "OCD" }
C1402: "cookieyes_privacy_policy_generator_session" { function: "Functional", purpose: "OCD" }
C1403: "cky-action" { function: "Functional", purpose: "OCD" }
C1404: "cookieyes-performance" { function: "Functional", purpose: "OCD" }
C1405: "cookieyes-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "J2EE" {
C1408: "JSESSIONID*" { function: "Functional", purpose: "OCD" }
            }
            provider "SiteSpect" {
C1409: "SSLB" { function: "Functional", purpose: "OCD" }
C1410: "SSPV" { function: "Functional", purpose: "OCD" }
C1411: "SSRT" { function: "Functional", purpose: "OCD" }
C1412: "SSSC" { function: "Functional", purpose: "OCD" }
            }
            provider "Wufoo" {
C1413: "ep201" { function: "Functional", purpose: "OCD" }
C1414: "ep202" { function: "Functional", purpose: "OCD" }
            }
            provider "SurveyMonkey" {
C1415: "RP_*" { function: "Functional", purpose: "OCD" }
C1416: "sso_user" { function: "Functional", purpose: "OCD" }
C1417: "CX_*" { function: "Functional", purpose: "OCD" }
C1418: "P_*" { function: "Functional", purpose: "OCD" }
C1419: "sm_rec" { function: "Functional", purpose: "OCD" }
C1420: "RE_*" { function: "Functional", purpose: "OCD" }
C1421: "REPID_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Xenforo" {
C1423: "xf_consent" { function: "Functional", purpose: "OCD" }
C1425: "xf_dbWriteForced" { function: "Functional", purpose: "OCD" }
C1426: "xf_language_id" { function: "Functional", purpose: "OCD" }
C1427: "xf_ls" { function: "Functional", purpose: "OCD" }
C1428: "xf_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1429: "xf_push_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1430: "xf_push_subscription_updated" { function: "Functional", purpose: "OCD" }
C1431: "xf_session" { function: "Functional", purpose: "OCD" }
C1432: "xf_tfa_trust" { function: "Functional", purpose: "OCD" }
C1433: "xf_toggle" { function: "Functional", purpose: "OCD" }
C1434: "xf_user" { function: "Functional", purpose: "OCD" }
C1435: "xf_emoji_usage" { function: "Functional", purpose: "OCD" }
C1436: "xf_from_search" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Script" {
C1444: "CookieScriptConsent" { function: "Functional", purpose: "OCD" }
            }
            provider "Rack" {
C1445: "rack.session" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C1447: "xbc" { function: "Functional", purpose: "OCD" }
C1448: "__tbc" { function: "Functional", purpose: "OCD" }
C1449: "__pls" { function: "Functional", purpose: "OCD" }
C1450: "__tac" { function: "Functional", purpose: "OCD" }
C1457: "pnespsdk_ssn" { function: "Functional", purpose: "OCD" }
C1458: "__utp" { function: "Functional", purpose: "OCD" }
C1459: "__pil" { function: "Functional", purpose: "OCD" }
C1460: "__pid" { function: "Functional", purpose: "OCD" }
C1461: "__idr" { function: "Functional", purpose: "OCD" }
C1462: "__eea" { function: "Functional", purpose: "OCD" }
C1463: "__code" { function: "Functional", purpose: "OCD" }
C1464: "__bid" { function: "Functional", purpose: "OCD" }
C1465: "__ut" { function: "Functional", purpose: "OCD" }
C1467: "__pnahc" { function: "Functional", purpose: "OCD" }
C1468: "LANG" { function: "Functional", purpose: "OCD" }
C1469: "LANG_CHANGED" { function: "Functional", purpose: "OCD" }
C1470: "_pctx" { function: "Functional", purpose: "OCD" }
C1471: "_pprv" { function: "Functional", purpose: "OCD" }
C1472: "_pcid" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightspeed" {
C1486: "COOKIELAW_ADS" { function: "Functional", purpose: "OCD" }
C1487: "COOKIELAW_SOCIAL" { function: "Functional", purpose: "OCD" }
C1488: "COOKIELAW_STATS" { function: "Functional", purpose: "OCD" }
            }
            provider "Civic" {
C1494: "CookieControl" { function: "Functional", purpose: "OCD" }
C1495: "HACIVICLB" { function: "Functional", purpose: "OCD" }
C1496: "HACIVIC" { function: "Functional", purpose: "OCD" }
C1497: "HAAPPLB" { function: "Functional", purpose: "OCD" }
            }
            provider "Perl" {
C1505: "CGISESSID" { function: "Functional", purpose: "OCD" }
            }
            provider "Citrix" {
C1514: "NSC_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1517: "loginnotify_prevlogins" { function: "Functional", purpose: "OCD" }
C1518: "stopMobileRedirect" { function: "Functional", purpose: "OCD" }
            }
            provider "Viafoura" {
C1649: "_vf_rd_test*" { function: "Functional", purpose: "OCD" }
C1650: "VfSess" { function: "Functional", purpose: "OCD" }
C1651: "VfRefresh" { function: "Functional", purpose: "OCD" }
C1652: "VfAccess*" { function: "Functional", purpose: "OCD" }
C1653: "vfThirdpartyCookiesEnabled" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C1679: "_zendesk_cookie" { function: "Functional", purpose: "OCD" }
C1680: "zte2095" { function: "Functional", purpose: "OCD" }
C1681: "__zlcprivacy" { function: "Functional", purpose: "OCD" }
C1682: "__zlcmid" { function: "Functional", purpose: "OCD" }
C1683: "_answer_bot_service_session" { function: "Functional", purpose: "OCD" }
C1684: "ZD-zE_oauth" { function: "Functional", purpose: "OCD" }
C1685: "_zendesk_session" { function: "Functional", purpose: "OCD" }
C1686: "zendesk_thirdparty_test" { function: "Functional", purpose: "OCD" }
C1687: "_zendesk_shared_session" { function: "Functional", purpose: "OCD" }
C1688: "_zendesk_authenticated" { function: "Functional", purpose: "OCD" }
C1689: "_help_center_session" { function: "Functional", purpose: "OCD" }
C1691: "_zendesk_nps_session" { function: "Functional", purpose: "OCD" }
C1692: "ZD-settings" { function: "Functional", purpose: "OCD" }
C1695: "ZD-store" { function: "Functional", purpose: "OCD" }
C1696: "ZD-widgetOpen" { function: "Functional", purpose: "OCD" }
C1697: "ZD-launcherLabelRemoved" { function: "Functional", purpose: "OCD" }
C1698: "_zdsession_talk_embeddables_service" { function: "Functional", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1699: "RT" { function: "Functional", purpose: "OCD" }
            }
            provider "Twitch" {
C1707: "api_token" { function: "Functional", purpose: "OCD" }
C1708: "unique_id" { function: "Functional", purpose: "OCD" }
C1709: "unique_id_durable" { function: "Functional", purpose: "OCD" }
C1710: "session_unique_id" { function: "Functional", purpose: "OCD" }
C1711: "server_session_id" { function: "Functional", purpose: "OCD" }
C1712: "twitch.lohp.countryCode" { function: "Functional", purpose: "OCD" }
C1713: "enable-compact-scene-listing" { function: "Functional", purpose: "OCD" }
C1714: "videoChat.notice_dismissed" { function: "Functional", purpose: "OCD" }
C1715: "chat_rules_shown" { function: "Functional", purpose: "OCD" }
C1716: "algoliasearch-client-js" { function: "Functional", purpose: "OCD" }
C1717: "device_id" { function: "Functional", purpose: "OCD" }
C1718: "referrer_url" { function: "Functional", purpose: "OCD" }
C1719: "sentry_device_id" { function: "Functional", purpose: "OCD" }
C1720: "session_storage_last_visited_twitch_url" { function: "Functional", purpose: "OCD" }
C1721: "local_storage_app_session_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1735: "ce_login" { function: "Functional", purpose: "OCD" }
C1737: "ceac" { function: "Functional", purpose: "OCD" }
C1738: "cean" { function: "Functional", purpose: "OCD" }
C1739: "cehc" { function: "Functional", purpose: "OCD" }
C1740: "celi" { function: "Functional", purpose: "OCD" }
C1741: "cean_assoc" { function: "Functional", purpose: "OCD" }
C1742: "first_snapshot_url" { function: "Functional", purpose: "OCD" }
C1743: "sharing_*" { function: "Functional", purpose: "OCD" }
C1744: "ce_sid" { function: "Functional", purpose: "OCD" }
C1745: "cecu" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightbox CDN" {
C1746: "TiPMix" { function: "Functional", purpose: "OCD" }
C1747: "x-ms-routing-name" { function: "Functional", purpose: "OCD" }
            }
            provider "Wistia" {
C1748: "muxData" { function: "Functional", purpose: "OCD" }
C1749: "wistia-http2-push-disabled" { function: "Functional", purpose: "OCD" }
C1750: "wistia" { function: "Functional", purpose: "OCD" }
C1751: "wistia-video-progress-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1764: "DYID" { function: "Functional", purpose: "OCD" }
C1765: "_dyid" { function: "Functional", purpose: "OCD" }
C1766: "_dyid_server" { function: "Functional", purpose: "OCD" }
C1767: "DYSES" { function: "Functional", purpose: "OCD" }
C1768: "_dyjsession" { function: "Functional", purpose: "OCD" }
C1771: "_dycnst" { function: "Functional", purpose: "OCD" }
C1775: "_dy_ses_load_seq" { function: "Functional", purpose: "OCD" }
C1776: "_dy_soct" { function: "Functional", purpose: "OCD" }
C1777: "_dy_toffset" { function: "Functional", purpose: "OCD" }
C1778: "dy_fs_page" { function: "Functional", purpose: "OCD" }
            }
            provider "Instagram" {
C1786: "mid" { function: "Functional", purpose: "OCD" }
            }
            provider "Parse.ly" {
C1791: "_parsely_visitor" { function: "Functional", purpose: "OCD" }
C1792: "_parsely_tpa_blocked" { function: "Functional", purpose: "OCD" }
C1793: "_parsely_slot_click" { function: "Functional", purpose: "OCD" }
C1794: "_parsely_session" { function: "Functional", purpose: "OCD" }
C1795: "test" { function: "Functional", purpose: "OCD" }
            }
            provider "Codepen" {
C1796: "codepen_session" { function: "Functional", purpose: "OCD" }
C1797: "codepen_signup_referrer" { function: "Functional", purpose: "OCD" }
C1798: "codepen_signup_referrer_date" { function: "Functional", purpose: "OCD" }
            }
            provider "GitHub" {
C1845: "color_mode" { function: "Functional", purpose: "OCD" }
C1846: "_device_id" { function: "Functional", purpose: "OCD" }
C1847: "dotcom_user" { function: "Functional", purpose: "OCD" }
C1848: "enterprise_trial_redirect_to" { function: "Functional", purpose: "OCD" }
C1849: "fileTreeExpanded" { function: "Functional", purpose: "OCD" }
C1850: "ghcc" { function: "Functional", purpose: "OCD" }
C1851: "_gh_ent" { function: "Functional", purpose: "OCD" }
C1852: "_gh_sess" { function: "Functional", purpose: "OCD" }
C1854: "gist_user_session" { function: "Functional", purpose: "OCD" }
C1855: "has_recent_activity" { function: "Functional", purpose: "OCD" }
C1856: "__Host-gist_user_session_same_site" { function: "Functional", purpose: "OCD", secure }
C1857: "marketplace_repository_ids" { function: "Functional", purpose: "OCD" }
C1858: "marketplace_suggested_target_id" { function: "Functional", purpose: "OCD" }
C1860: "org_transform_notice" { function: "Functional", purpose: "OCD" }
C1861: "private_mode_user_session" { function: "Functional", purpose: "OCD" }
C1863: "saml_return_to" { function: "Functional", purpose: "OCD" }
C1864: "saml_return_to_legacy" { function: "Functional", purpose: "OCD" }
C1865: "show_cookie_banner" { function: "Functional", purpose: "OCD" }
C1866: "tz" { function: "Functional", purpose: "OCD" }
C1867: "user_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Convert Insights" {
C1872: "_conv_r" { function: "Functional", purpose: "OCD" }
C1873: "_conv_s" { function: "Functional", purpose: "OCD" }
C1874: "_conv_v" { function: "Functional", purpose: "OCD" }
            }
            provider "Qualtrics" {
C1888: "QSI_S_*" { function: "Functional", purpose: "OCD" }
C1889: "QST" { function: "Functional", purpose: "OCD" }
C1890: "QSI_CT" { function: "Functional", purpose: "OCD" }
C1891: "QSI_DATA" { function: "Functional", purpose: "OCD" }
C1892: "QSI_ReplaySession_Throttled_*" { function: "Functional", purpose: "OCD" }
C1893: "QSI_ReplaySession_SampledOut_*" { function: "Functional", purpose: "OCD" }
            }
            provider "RD Station" {
C1901: "_form_fields" { function: "Functional", purpose: "OCD" }
            }
            provider "Next" {
C1909: "NEXT_LOCALE" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynatrace" {
C1917: "b925d32c" { function: "Functional", purpose: "OCD" }
C1918: "ssoCSRFCookie" { function: "Functional", purpose: "OCD" }
C1919: "p23mn32t" { function: "Functional", purpose: "OCD" }
C1920: "l34kn6no" { function: "Functional", purpose: "OCD" }
C1921: "a69k21bb" { function: "Functional", purpose: "OCD" }
C1922: "cgq80xhu" { function: "Functional", purpose: "OCD" }
C1923: "72ddbc27" { function: "Functional", purpose: "OCD" }
C1924: "kj76fg4h" { function: "Functional", purpose: "OCD" }
            }
            provider "Command Act" {
C1928: "tc_test_cookie" { function: "Functional", purpose: "OCD" }
C1929: "TCIPD" { function: "Functional", purpose: "OCD" }
C1930: "TC_PRIVACY" { function: "Functional", purpose: "OCD" }
C1931: "TC_PRIVACY_CENTER" { function: "Functional", purpose: "OCD" }
C1932: "TC_OUTPUT" { function: "Functional", purpose: "OCD" }
C1936: "tc_sample_" { function: "Functional", purpose: "OCD" }
C1938: "TC_CHECK_COOKIES_SUPPORT" { function: "Functional", purpose: "OCD" }
C1944: "FDLBFIRSTAPI" { function: "Functional", purpose: "OCD" }
C1945: "FDLBFIRSTDATA" { function: "Functional", purpose: "OCD" }
C1946: "FDLBFIRSTCAMPAIGN" { function: "Functional", purpose: "OCD" }
C1947: "FDLBFIRSTCAMPAIGNEF" { function: "Functional", purpose: "OCD" }
C1948: "FDLBCAMPAIGNCDOM" { function: "Functional", purpose: "OCD" }
C1949: "FDLBFIRSTTMS" { function: "Functional", purpose: "OCD" }
C1950: "FDLBFIRSTCMP" { function: "Functional", purpose: "OCD" }
C1951: "FDLBFIRST" { function: "Functional", purpose: "OCD" }
C1952: "FDLBCTLY" { function: "Functional", purpose: "OCD" }
C1953: "FDLBFIRSTEVENTS" { function: "Functional", purpose: "OCD" }
C1954: "tc_caids" { function: "Functional", purpose: "OCD" }
C1955: "tc_ss*" { function: "Functional", purpose: "OCD" }
            }
            provider "Permutive" {
C1957: "pxid" { function: "Functional", purpose: "OCD" }
C1958: "permutive-id" { function: "Functional", purpose: "OCD" }
            }
            provider "Typeform" {
C1962: "tf_respondent_cc" { function: "Functional", purpose: "OCD" }
            }
            provider "PrivacyPillar" {
C1970: "privacypillar-google-consent" { function: "Functional", purpose: "OCD" }
C1971: "privacypillar-cookie-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Adyen" {
C1974: "_rp_uid" { function: "Functional", purpose: "OCD" }
            }
            provider "AWS Cookies Popup" {
C1975: "aw_popup_viewed_page" { function: "Functional", purpose: "OCD" }
            }
            provider "NextAuth.js" {
C1976: "__Secure-next-auth.callback-url" { function: "Functional", purpose: "OCD", secure }
C1977: "__Host-next-auth.csrf-token" { function: "Functional", purpose: "OCD", secure }
            }
            provider "Enzuzo" {
C1978: "cookies-analytics" { function: "Functional", purpose: "OCD" }
C1979: "cookies-marketing" { function: "Functional", purpose: "OCD" }
C1980: "cookies-preferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Next.js" {
C1991: "__next_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Drift" {
C1994: "drift_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Tawk.to" {
C1995: "tawk_*" { function: "Functional", purpose: "OCD" }
            }
            provider "LiveChat" {
C1996: "lc_*" { function: "Functional", purpose: "OCD" }
            }
        }
        statistics {
            provider "Google Tag Manager" {
C1: "td" { function: "Analytics", purpose: "OCD" }
            }
            provider "Google Analytics" {
C14: "_ga" { function: "Analytics", purpose: "OCD" }
C15: "_gali" { function: "Analytics", purpose: "OCD" }
C16: "_ga_*" { function: "Analytics", purpose: "OCD" }
C17: "_gid" { function: "Analytics", purpose: "OCD" }
C18: "_gat*" { function: "Analytics", purpose: "OCD" }
C19: "_dc_gtm_*" { function: "Analytics", purpose: "OCD" }
C20: "_gat_gtag_*" { function: "Analytics", purpose: "OCD" }
C22: "__utma" { function: "Analytics", purpose: "OCD" }
C23: "__utmt" { function: "Analytics", purpose: "OCD" }
C24: "__utmb" { function: "Analytics", purpose: "OCD" }
C25: "__utmc" { function: "Analytics", purpose: "OCD" }
C26: "__utmz" { function: "Analytics", purpose: "OCD" }
C27: "__utmv" { function: "Analytics", purpose: "OCD" }
C28: "__utmx" { function: "Analytics", purpose: "OCD" }
C29: "__utmxx" { function: "Analytics", purpose: "OCD" }
C30: "FPID" { function: "Analytics", purpose: "OCD" }
C31: "FPLC" { function: "Analytics", purpose: "OCD" }
            }
            provider "Google Optimize" {
C40: "_opt_awkid" { function: "Analytics", purpose: "OCD" }
C41: "_opt_awgid" { function: "Analytics", purpose: "OCD" }
C42: "_gaexp_rc" { function: "Analytics", purpose: "OCD" }
C43: "_opt_awcid" { function: "Analytics", purpose: "OCD" }
C45: "_opt_expid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Google" {
C105: "FCCDCF" { function: "Analytics", purpose: "OCD" }
C106: "FCNEC" { function: "Analytics", purpose: "OCD" }
            }
            provider "comScore" {
C125: "S1" { function: "Analytics", purpose: "OCD" }
C126: "C1" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C127: "s_cc" { function: "Analytics", purpose: "OCD" }
C128: "s_sq" { function: "Analytics", purpose: "OCD" }
C129: "s_vi*" { function: "Analytics", purpose: "OCD" }
C130: "s_fid" { function: "Analytics", purpose: "OCD" }
C131: "fid" { function: "Analytics", purpose: "OCD" }
C133: "s_ppv" { function: "Analytics", purpose: "OCD" }
C134: "s_tp" { function: "Analytics", purpose: "OCD" }
            }
            provider "Microsoft" {
C260: "_clck" { function: "Analytics", purpose: "OCD" }
C261: "_clsk" { function: "Analytics", purpose: "OCD" }
C262: "SM" { function: "Analytics", purpose: "OCD" }
C263: "CLID" { function: "Analytics", purpose: "OCD" }
C264: "MicrosoftApplicationsTelemetryDeviceId" { function: "Analytics", purpose: "OCD" }
C268: "X-FD-FEATURES*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Inspectlet" {
C289: "__insp_pad" { function: "Analytics", purpose: "OCD" }
C290: "__insp_sid" { function: "Analytics", purpose: "OCD" }
C291: "__insp_ref" { function: "Analytics", purpose: "OCD" }
C292: "__insp_scpt" { function: "Analytics", purpose: "OCD" }
C293: "__insp_nv" { function: "Analytics", purpose: "OCD" }
C294: "__insp_wid" { function: "Analytics", purpose: "OCD" }
C295: "__insp_uid" { function: "Analytics", purpose: "OCD" }
C296: "__insp_dct" { function: "Analytics", purpose: "OCD" }
C607: "__insp_norec_sess" { function: "Analytics", purpose: "OCD" }
C608: "__insp_slim" { function: "Analytics", purpose: "OCD" }
C609: "__insp_targlpu" { function: "Analytics", purpose: "OCD" }
            }
            provider "Indeed" {
C298: "jasx_pool_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "Abovo Media" {
C299: "tv_spot_tracker" { function: "Analytics", purpose: "OCD" }
            }
            provider "Hotjar" {
C335: "_hjHasCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
C336: "_hjid" { function: "Analytics", purpose: "OCD" }
C337: "hj_visitor" { function: "Analytics", purpose: "OCD" }
C338: "_hjIncludedInSample" { function: "Analytics", purpose: "OCD" }
C339: "_hjClosedSurveyInvites" { function: "Analytics", purpose: "OCD" }
C340: "_hjDonePolls" { function: "Analytics", purpose: "OCD" }
C341: "_hjMinimizedPolls" { function: "Analytics", purpose: "OCD" }
C342: "_hjDoneTestersWidgets" { function: "Analytics", purpose: "OCD" }
C343: "_hjMinimizedTestersWidgets" { function: "Analytics", purpose: "OCD" }
C346: "_hjCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oracle" {
C366: "ELOQUA" { function: "Analytics", purpose: "OCD" }
C367: "ELQSTATUS" { function: "Analytics", purpose: "OCD" }
            }
            provider "LinkedIn" {
C383: "AnalyticsSyncHistory" { function: "Analytics", purpose: "OCD" }
C384: "ln_or" { function: "Analytics", purpose: "OCD" }
C392: "l_page" { function: "Analytics", purpose: "OCD" }
C436: "queryString" { function: "Analytics", purpose: "OCD" }
C437: "VID" { function: "Analytics", purpose: "OCD" }
C439: "sharebox-suggestion" { function: "Analytics", purpose: "OCD" }
C440: "lss_bundle_viewer" { function: "Analytics", purpose: "OCD" }
C441: "interstitial_page_reg_oauth_url" { function: "Analytics", purpose: "OCD" }
C442: "df_ts" { function: "Analytics", purpose: "OCD" }
C443: "li_feed_xray" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oribi" {
C444: "oribi_user_guid" { function: "Analytics", purpose: "OCD" }
C445: "oribi_cookie_test" { function: "Analytics", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C453: "aws-target-visitor-id" { function: "Analytics", purpose: "OCD" }
            }
            provider "PubMatic" {
C483: "f5_cspm" { function: "Analytics", purpose: "OCD" }
            }
            provider "Smartadserver" {
C548: "vs" { function: "Analytics", purpose: "OCD" }
C557: "pbw" { function: "Analytics", purpose: "OCD" }
            }
            provider "Taboola" {
C573: "abLdr" { function: "Analytics", purpose: "OCD" }
C574: "abMbl" { function: "Analytics", purpose: "OCD" }
C575: "tb_click_param" { function: "Analytics", purpose: "OCD" }
            }
            provider "Picreel" {
C598: "picreel_tracker__visited" { function: "Analytics", purpose: "OCD" }
C599: "picreel_tracker__first_visit" { function: "Analytics", purpose: "OCD" }
C600: "picreel_tracker__page_views" { function: "Analytics", purpose: "OCD" }
C601: "picreel_new_price" { function: "Analytics", purpose: "OCD" }
            }
            provider "Trustpilot" {
C602: "__auc" { function: "Analytics", purpose: "OCD" }
C603: "ajs_user_id" { function: "Analytics", purpose: "OCD" }
C604: "ajs_anonymous_id" { function: "Analytics", purpose: "OCD" }
C605: "ajs_group_id" { function: "Analytics", purpose: "OCD" }
C606: "__asc" { function: "Analytics", purpose: "OCD" }
            }
            provider "Matomo" {
C710: "_pk_id*" { function: "Analytics", purpose: "OCD" }
C711: "_pk_ref*" { function: "Analytics", purpose: "OCD" }
C712: "_pk_ses*" { function: "Analytics", purpose: "OCD" }
C713: "_pk_cvar" { function: "Analytics", purpose: "OCD" }
C714: "_pk_hsr*" { function: "Analytics", purpose: "OCD" }
C715: "_pk_testcookie*" { function: "Analytics", purpose: "OCD" }
C716: "mtm_consent_removed" { function: "Analytics", purpose: "OCD" }
C717: "mtm_cookie_consent" { function: "Analytics", purpose: "OCD" }
C718: "matomo_ignore" { function: "Analytics", purpose: "OCD" }
C719: "matomo_sessid" { function: "Analytics", purpose: "OCD" }
            }
            provider "WePublish" {
C723: "_wepublishGa" { function: "Analytics", purpose: "OCD" }
C724: "_wepublishGa_gid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Shopify" {
C764: "_y" { function: "Analytics", purpose: "OCD" }
C765: "tracked_start_checkout" { function: "Analytics", purpose: "OCD" }
C766: "ki_r" { function: "Analytics", purpose: "OCD" }
C767: "ki_t" { function: "Analytics", purpose: "OCD" }
C768: "_Brochure_session" { function: "Analytics", purpose: "OCD" }
C801: "shop_analytics" { function: "Analytics", purpose: "OCD" }
            }
            provider "Vimeo" {
C824: "sd_identity" { function: "Analytics", purpose: "OCD" }
C825: "sd_client_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "WooCommerce" {
C837: "sbjs_udata" { function: "Analytics", purpose: "OCD" }
C838: "sbjs_first" { function: "Analytics", purpose: "OCD" }
C839: "sbjs_current" { function: "Analytics", purpose: "OCD" }
C840: "sbjs_first_add" { function: "Analytics", purpose: "OCD" }
C841: "sbjs_current_add" { function: "Analytics", purpose: "OCD" }
C842: "sbjs_migrations" { function: "Analytics", purpose: "OCD" }
            }
            provider "Xandr" {
C852: "usersync" { function: "Analytics", purpose: "OCD" }
C854: "pses" { function: "Analytics", purpose: "OCD" }
            }
            provider "Kentico" {
C861: "CMSLandingPageLoaded" { function: "Analytics", purpose: "OCD" }
C863: "CMSUserPage" { function: "Analytics", purpose: "OCD" }
C864: "CurrentContact" { function: "Analytics", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C873: "_vwo_sn" { function: "Analytics", purpose: "OCD" }
C874: "_vwo_ds" { function: "Analytics", purpose: "OCD" }
C875: "_vwo_referrer" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piwik" {
C937: "stg_traffic_source_priority" { function: "Analytics", purpose: "OCD" }
C938: "stg_last_interaction" { function: "Analytics", purpose: "OCD" }
C939: "stg_returning_visitor" { function: "Analytics", purpose: "OCD" }
C940: "stg_externalReferrer" { function: "Analytics", purpose: "OCD" }
C941: "_pk_id.*" { function: "Analytics", purpose: "OCD" }
C942: "_pk_ses.*" { function: "Analytics", purpose: "OCD" }
C943: "ppms_privacy_*" { function: "Analytics", purpose: "OCD" }
C944: "ppms_privacy_bar_*" { function: "Analytics", purpose: "OCD" }
C945: "stg_fired__*" { function: "Analytics", purpose: "OCD" }
C946: "stg_utm_campaign" { function: "Analytics", purpose: "OCD" }
C947: "stg_pk_campaign" { function: "Analytics", purpose: "OCD" }
C948: "stg_global_opt_out" { function: "Analytics", purpose: "OCD" }
            }
            provider "Siteimprove" {
C951: "nmstat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Snowplow" {
C952: "sp" { function: "Analytics", purpose: "OCD" }
C953: "_sp_id.*" { function: "Analytics", purpose: "OCD" }
C954: "_sp_ses.*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C976: "BVBRANDSID" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adcalls" {
C986: "acalltrackerreferrer" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tawk.to Chat" {
C997: "tawkUUID" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABTasty" {
C1008: "ABTasty" { function: "Analytics", purpose: "OCD" }
C1009: "ABTastySession" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mopinion.com" {
C1021: "Pastease.passive.activated*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Weborama" {
C1022: "AFFICHE_W" { function: "Analytics", purpose: "OCD" }
            }
            provider "Algolia" {
C1036: "_ALGOLIA" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ahoy" {
C1043: "ahoy_visit" { function: "Analytics", purpose: "OCD" }
C1044: "ahoy_visitor" { function: "Analytics", purpose: "OCD" }
            }
            provider "AT Internet" {
C1052: "atuserid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ezoic" {
C1058: "ezoadgid_*" { function: "Analytics", purpose: "OCD" }
C1060: "ezopvc_*" { function: "Analytics", purpose: "OCD" }
C1061: "ezoref_*" { function: "Analytics", purpose: "OCD" }
C1064: "ezouid_*" { function: "Analytics", purpose: "OCD" }
C1065: "ezovid_*" { function: "Analytics", purpose: "OCD" }
C1066: "ezovuuid_*" { function: "Analytics", purpose: "OCD" }
C1067: "ezovuuidtime_*" { function: "Analytics", purpose: "OCD" }
C1068: "ezux_et_*" { function: "Analytics", purpose: "OCD" }
C1069: "ezux_ifep_*" { function: "Analytics", purpose: "OCD" }
C1070: "ezux_lpl_*" { function: "Analytics", purpose: "OCD" }
C1071: "ezux_tos_*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Braze" {
C1109: "ab.storage.sessionId.*" { function: "Analytics", purpose: "OCD" }
            }
            provider "WordPress" {
C1113: "tk_qs" { function: "Analytics", purpose: "OCD" }
C1115: "tk_r3d" { function: "Analytics", purpose: "OCD" }
C1116: "tk_tc" { function: "Analytics", purpose: "OCD" }
C1128: "camptix_client_stats" { function: "Analytics", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1145: "_lo_uid" { function: "Analytics", purpose: "OCD" }
C1146: "_lo_rid" { function: "Analytics", purpose: "OCD" }
C1147: "__lotl" { function: "Analytics", purpose: "OCD" }
C1148: "__lotr" { function: "Analytics", purpose: "OCD" }
            }
            provider "ShareThis" {
C1191: "pxcelBcnLcy" { function: "Analytics", purpose: "OCD" }
C1193: "pxcelPage*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mailchimp" {
C1228: "mc_cid" { function: "Analytics", purpose: "OCD" }
C1229: "mc_landing_site" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adhese" {
C1235: "adhese2" { function: "Analytics", purpose: "OCD" }
            }
            provider "Chartbeat" {
C1263: "_chartbeat*" { function: "Analytics", purpose: "OCD" }
C1264: "_SUPERFLY_nosample" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1295: "_ym_metrika_enabled" { function: "Analytics", purpose: "OCD" }
C1296: "_ym_isad" { function: "Analytics", purpose: "OCD" }
C1297: "_ym_uid" { function: "Analytics", purpose: "OCD" }
C1298: "_ym_d" { function: "Analytics", purpose: "OCD" }
C1300: "_ym_visorc_*" { function: "Analytics", purpose: "OCD" }
C1302: "yandexuid" { function: "Analytics", purpose: "OCD" }
C1303: "yuidss" { function: "Analytics", purpose: "OCD" }
C1304: "ymex" { function: "Analytics", purpose: "OCD" }
C1305: "usst" { function: "Analytics", purpose: "OCD" }
C1306: "is_gdpr_b" { function: "Analytics", purpose: "OCD" }
C1307: "is_gdpr" { function: "Analytics", purpose: "OCD" }
C1308: "yabs-vdrf" { function: "Analytics", purpose: "OCD" }
C1309: "bh" { function: "Analytics", purpose: "OCD" }
C1310: "_yasc" { function: "Analytics", purpose: "OCD" }
            }
            provider "Salesforce" {
C1331: "auraBrokenDefGraph" { function: "Analytics", purpose: "OCD" }
C1334: "calViewState" { function: "Analytics", purpose: "OCD" }
C1337: "pctrk" { function: "Analytics", purpose: "OCD" }
C1966: "pi_opt_in" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piano" {
C1446: "pa_user" { function: "Analytics", purpose: "OCD" }
C1452: "cX_P" { function: "Analytics", purpose: "OCD" }
C1455: "pnespsdk_push_subscription_added" { function: "Analytics", purpose: "OCD" }
C1466: "__pvi" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dotmetrics" {
C1473: "DotMetrics.SessionCookieTemp" { function: "Analytics", purpose: "OCD" }
C1474: "DotMetrics.UniqueUserIdentityCookie" { function: "Analytics", purpose: "OCD" }
C1475: "DotMetrics.DeviceKey" { function: "Analytics", purpose: "OCD" }
C1476: "DotMetrics.SessionCookieTempTimed" { function: "Analytics", purpose: "OCD" }
            }
            provider "Gemius" {
C1478: "__gfp_64b" { function: "Analytics", purpose: "OCD" }
C1479: "__gfp_s_64b" { function: "Analytics", purpose: "OCD" }
C1480: "Gdyn" { function: "Analytics", purpose: "OCD" }
            }
            provider "Duda" {
C1489: "dm_timezone_offset" { function: "Analytics", purpose: "OCD" }
C1490: "dm_last_visit" { function: "Analytics", purpose: "OCD" }
C1491: "dm_total_visits" { function: "Analytics", purpose: "OCD" }
C1492: "dm_last_page_view" { function: "Analytics", purpose: "OCD" }
C1493: "dm_this_page_view" { function: "Analytics", purpose: "OCD" }
            }
            provider "Intercom" {
C1498: "intercom-id-*" { function: "Analytics", purpose: "OCD" }
C1499: "intercom-session-*" { function: "Analytics", purpose: "OCD" }
C1500: "intercom-device-id-*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mixpanel" {
C1501: "mp_*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Beslist.nl" {
C1502: "client_bslstaid" { function: "Analytics", purpose: "OCD" }
C1503: "client_bslstmatch" { function: "Analytics", purpose: "OCD" }
C1504: "client_bslstsid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1519: "centralnotice_bucket" { function: "Analytics", purpose: "OCD" }
C1520: "GeoIP" { function: "Analytics", purpose: "OCD" }
C1521: "NetWorkProbeLimit" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABlyft" {
C1524: "ablyft_exps" { function: "Analytics", purpose: "OCD" }
C1525: "ablyft_queue" { function: "Analytics", purpose: "OCD" }
C1526: "ablyft_uvs" { function: "Analytics", purpose: "OCD" }
C1527: "ablyft_tracking_consent" { function: "Analytics", purpose: "OCD" }
            }
            provider "Bit.ly" {
C1629: "_bit" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yieldmo" {
C1631: "yieldmo_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "Viafoura" {
C1646: "_vfa" { function: "Analytics", purpose: "OCD" }
C1647: "_vfb" { function: "Analytics", purpose: "OCD" }
C1648: "_vfz" { function: "Analytics", purpose: "OCD" }
            }
            provider "Marfeel" {
C1661: "_ut*" { function: "Analytics", purpose: "OCD" }
C1662: "_s*" { function: "Analytics", purpose: "OCD" }
C1663: "_lv*" { function: "Analytics", purpose: "OCD" }
C1664: "_nrbi" { function: "Analytics", purpose: "OCD" }
C1665: "compass_sid" { function: "Analytics", purpose: "OCD" }
C1666: "compass_uid" { function: "Analytics", purpose: "OCD" }
C1667: "___m_rec" { function: "Analytics", purpose: "OCD" }
            }
            provider "Zendesk" {
C1690: "_zdshared_user_session_analytics" { function: "Analytics", purpose: "OCD" }
C1693: "ZD-suid" { function: "Analytics", purpose: "OCD" }
C1694: "ZD-buid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1702: "TAUnique" { function: "Analytics", purpose: "OCD" }
C1703: "TAReturnTo" { function: "Analytics", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1722: "_ceir" { function: "Analytics", purpose: "OCD" }
C1723: "_CEFT" { function: "Analytics", purpose: "OCD" }
C1724: "_cer.v" { function: "Analytics", purpose: "OCD" }
C1725: "_ce.cch" { function: "Analytics", purpose: "OCD" }
C1726: "_ce.gtld" { function: "Analytics", purpose: "OCD" }
C1727: "ce_successful_csp_check" { function: "Analytics", purpose: "OCD" }
C1728: "cebs" { function: "Analytics", purpose: "OCD" }
C1729: "cebsp_" { function: "Analytics", purpose: "OCD" }
C1730: "_ce.clock_event" { function: "Analytics", purpose: "OCD" }
C1731: "_ce.clock_data" { function: "Analytics", purpose: "OCD" }
C1732: "_ce.irv" { function: "Analytics", purpose: "OCD" }
C1733: "ceft_variant_override" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1769: "_dy_csc_ses" { function: "Analytics", purpose: "OCD" }
C1770: "_dycmc" { function: "Analytics", purpose: "OCD" }
C1772: "_dy_df_geo" { function: "Analytics", purpose: "OCD" }
C1773: "_dy_geo" { function: "Analytics", purpose: "OCD" }
C1774: "_dycst" { function: "Analytics", purpose: "OCD" }
            }
            provider "Rudderstack" {
C1799: "rl_user_id" { function: "Analytics", purpose: "OCD" }
C1800: "rl_trait" { function: "Analytics", purpose: "OCD" }
C1801: "rl_anonymous_id" { function: "Analytics", purpose: "OCD" }
C1802: "rl_group_id" { function: "Analytics", purpose: "OCD" }
C1803: "rl_group_trait" { function: "Analytics", purpose: "OCD" }
C1804: "rl_page_init_referrer" { function: "Analytics", purpose: "OCD" }
C1805: "rl_page_init_referring_domain" { function: "Analytics", purpose: "OCD" }
C1806: "test_rudder_cookie" { function: "Analytics", purpose: "OCD" }
C1807: "rl_auth_token" { function: "Analytics", purpose: "OCD" }
            }
            provider "Marketo" {
C1808: "_biz_uid" { function: "Analytics", purpose: "OCD" }
C1809: "_biz_nA" { function: "Analytics", purpose: "OCD" }
C1810: "_biz_flagsA" { function: "Analytics", purpose: "OCD" }
C1811: "_biz_pendingA" { function: "Analytics", purpose: "OCD" }
C1812: "_biz_ABTestA" { function: "Analytics", purpose: "OCD" }
C1813: "_biz_su" { function: "Analytics", purpose: "OCD" }
C1814: "_biz_EventA" { function: "Analytics", purpose: "OCD" }
            }
            provider "ContentSquare" {
C1822: "_cs_c" { function: "Analytics", purpose: "OCD" }
C1823: "_cs_cvars" { function: "Analytics", purpose: "OCD" }
C1824: "_cs_id" { function: "Analytics", purpose: "OCD" }
C1825: "_cs_s" { function: "Analytics", purpose: "OCD" }
C1826: "__CT_Data" { function: "Analytics", purpose: "OCD" }
C1827: "_CT_RS_" { function: "Analytics", purpose: "OCD" }
C1828: "WRUID" { function: "Analytics", purpose: "OCD" }
C1829: "_cs_ex" { function: "Analytics", purpose: "OCD" }
C1830: "_cs_optout" { function: "Analytics", purpose: "OCD" }
C1831: "_cs_root-domain" { function: "Analytics", purpose: "OCD" }
C1832: "WRIgnore" { function: "Analytics", purpose: "OCD" }
C1833: "WRBlock" { function: "Analytics", purpose: "OCD" }
C1834: "_cs_same_site" { function: "Analytics", purpose: "OCD" }
C1835: "_cs_debug" { function: "Analytics", purpose: "OCD" }
C1836: "_hjasCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
C1837: "_hjUserAttrbutesHash" { function: "Analytics", purpose: "OCD" }
C1838: "_hjUserAttributes" { function: "Analytics", purpose: "OCD" }
C1839: "_hp2_hld" { function: "Analytics", purpose: "OCD" }
C1840: "_hp5_event_props.*" { function: "Analytics", purpose: "OCD" }
C1841: "_hp5_meta.*" { function: "Analytics", purpose: "OCD" }
C1842: "_cs_mk_aa" { function: "Analytics", purpose: "OCD" }
C1843: "_cs_mk_ga" { function: "Analytics", purpose: "OCD" }
C1844: "_cs_tld*" { function: "Analytics", purpose: "OCD" }
            }
            provider "GitHub" {
C1859: "_octo" { function: "Analytics", purpose: "OCD" }
            }
            provider "Amplitude" {
C1868: "AMP_*" { function: "Analytics", purpose: "OCD" }
C1869: "AMP_MKTG_*" { function: "Analytics", purpose: "OCD" }
C1870: "amplitude_id_*" { function: "Analytics", purpose: "OCD" }
C1871: "amplitude_test*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Qualtrics" {
C1875: "QSI_HistorySession" { function: "Analytics", purpose: "OCD" }
C1876: "QSI_OptInIDsAndWindowNames" { function: "Analytics", purpose: "OCD" }
C1877: "QSI_OptInIDsAndTargetOrigins" { function: "Analytics", purpose: "OCD" }
C1878: "SiteReferrer" { function: "Analytics", purpose: "OCD" }
C1879: "PageReferrer" { function: "Analytics", purpose: "OCD" }
C1880: "SearchTerm" { function: "Analytics", purpose: "OCD" }
C1881: "FocusTime" { function: "Analytics", purpose: "OCD" }
C1882: "BlurTime" { function: "Analytics", purpose: "OCD" }
C1883: "SISessID" { function: "Analytics", purpose: "OCD" }
C1884: "CPSessID" { function: "Analytics", purpose: "OCD" }
C1885: "QSI_ReplaySession_Info_*" { function: "Analytics", purpose: "OCD" }
C1886: "QSI_TestSessions_*" { function: "Analytics", purpose: "OCD" }
C1887: "QSI_SI_*" { function: "Analytics", purpose: "OCD" }
            }
            provider "CognitoForms" {
C1894: "c-referrer" { function: "Analytics", purpose: "OCD" }
C1895: "c-signup" { function: "Analytics", purpose: "OCD" }
C1896: "c-plan" { function: "Analytics", purpose: "OCD" }
C1897: "cognito.services.a" { function: "Analytics", purpose: "OCD" }
C1898: "cognito.organization" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dynatrace" {
C1910: "dtCookie*" { function: "Analytics", purpose: "OCD" }
C1911: "dtLatC*" { function: "Analytics", purpose: "OCD" }
C1912: "dtPC*" { function: "Analytics", purpose: "OCD" }
C1913: "dtSa" { function: "Analytics", purpose: "OCD" }
C1914: "dtValidationCookie" { function: "Analytics", purpose: "OCD" }
C1915: "dtDisabled" { function: "Analytics", purpose: "OCD" }
C1916: "rxvt" { function: "Analytics", purpose: "OCD" }
            }
            provider "Command Act" {
C1942: "TCAUDIENCE" { function: "Analytics", purpose: "OCD" }
C1943: "_TCCookieSync" { function: "Analytics", purpose: "OCD" }
            }
            provider "Heap Analytics" {
C1964: "_hp2_id" { function: "Analytics", purpose: "OCD" }
C1965: "_hp2_ses_props" { function: "Analytics", purpose: "OCD" }
            }
            provider "Baidu" {
C1967: "Hm_lpvt_" { function: "Analytics", purpose: "OCD" }
C1968: "HMACCOUNT" { function: "Analytics", purpose: "OCD" }
            }
            provider "Plausible Analytics" {
C1997: "plausible_*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Fathom Analytics" {
C1998: "_fathom*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Umami" {
C1999: "umami.*" { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Google Analytics" {
C21: "_gac_*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Ads" {
C39: "Conversion" { function: "Marketing", purpose: "OCD" }
C48: "_gcl_aw" { function: "Marketing", purpose: "OCD" }
C49: "_gcl_gs" { function: "Marketing", purpose: "OCD" }
C50: "_gcl_gb" { function: "Marketing", purpose: "OCD" }
C51: "_gac_gb_*" { function: "Marketing", purpose: "OCD" }
C52: "FPGCLGB" { function: "Marketing", purpose: "OCD" }
C53: "FPGCLAW" { function: "Marketing", purpose: "OCD" }
C67: "ADS_VISITOR_ID" { function: "Marketing", purpose: "OCD" }
C68: "__Secure-3PSIDCC" { function: "Marketing", purpose: "OCD", secure }
C69: "__Secure-3PSIDTS" { function: "Marketing", purpose: "OCD", secure }
C70: "__Secure-1PSIDTS" { function: "Marketing", purpose: "OCD", secure }
C71: "__Secure-1PAPISID" { function: "Marketing", purpose: "OCD", secure }
C72: "__Secure-3PSID" { function: "Marketing", purpose: "OCD", secure }
C73: "__Secure-1PSID" { function: "Marketing", purpose: "OCD", secure }
C74: "__Secure-1PSIDCC" { function: "Marketing", purpose: "OCD", secure }
C75: "__Secure-3PAPISID" { function: "Marketing", purpose: "OCD", secure }
            }
            provider "Google Surveys" {
C44: "PAIDCONTENT" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Hotel Ads" {
C46: "_gcl_ha" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Flights" {
C47: "_gcl_gf" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google AdSense" {
C54: "__gpi" { function: "Marketing", purpose: "OCD" }
C55: "__gpi_optout" { function: "Marketing", purpose: "OCD" }
C56: "GED_PLAYLIST_ACTIVITY" { function: "Marketing", purpose: "OCD" }
C57: "ACLK_DATA" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google" {
C63: "AdID" { function: "Marketing", purpose: "OCD" }
C64: "DSID" { function: "Marketing", purpose: "OCD" }
C65: "gac" { function: "Marketing", purpose: "OCD" }
C77: "1P_JAR" { function: "Marketing", purpose: "OCD" }
C89: "AID" { function: "Marketing", purpose: "OCD" }
C90: "SID" { function: "Marketing", purpose: "OCD" }
C91: "HSID" { function: "Marketing", purpose: "OCD" }
C92: "APISID" { function: "Marketing", purpose: "OCD" }
C93: "SAPISID" { function: "Marketing", purpose: "OCD" }
C94: "SSID" { function: "Marketing", purpose: "OCD" }
C95: "SIDCC" { function: "Marketing", purpose: "OCD" }
C96: "OTZ" { function: "Marketing", purpose: "OCD" }
C97: "A" { function: "Marketing", purpose: "OCD" }
C98: "DV" { function: "Marketing", purpose: "OCD" }
C99: "NID" { function: "Marketing", purpose: "OCD" }
C100: "FPGCLDC" { function: "Marketing", purpose: "OCD" }
C101: "_gcl_au" { function: "Marketing", purpose: "OCD" }
C102: "_gcl_dc" { function: "Marketing", purpose: "OCD" }
C108: "_dcid" { function: "Marketing", purpose: "OCD" }
C109: "SNID" { function: "Marketing", purpose: "OCD" }
C110: "cookies_accepted" { function: "Marketing", purpose: "OCD" }
C111: "GN_PREF" { function: "Marketing", purpose: "OCD" }
C112: "OSID" { function: "Marketing", purpose: "OCD" }
C113: "__Secure-OSID" { function: "Marketing", purpose: "OCD", secure }
C114: "LSID" { function: "Marketing", purpose: "OCD" }
C115: "COMPASS" { function: "Marketing", purpose: "OCD" }
C116: "UULE" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Maps" {
C76: "OGPC" { function: "Marketing", purpose: "OCD" }
            }
            provider "DoubleClick/Google Marketing" {
C117: "IDE" { function: "Marketing", purpose: "OCD" }
C118: "ID" { function: "Marketing", purpose: "OCD" }
C119: "RUL" { function: "Marketing", purpose: "OCD" }
C120: "FLC" { function: "Marketing", purpose: "OCD" }
C121: "__gads" { function: "Marketing", purpose: "OCD" }
C122: "ar_debug" { function: "Marketing", purpose: "OCD" }
C124: "APC" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C132: "s_ecid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Audience Manager" {
C135: "demdex" { function: "Marketing", purpose: "OCD" }
C136: "dextp" { function: "Marketing", purpose: "OCD" }
C137: "dst" { function: "Marketing", purpose: "OCD" }
C138: "_dp" { function: "Marketing", purpose: "OCD" }
C139: "aam_uuid" { function: "Marketing", purpose: "OCD" }
C140: "AMCV_*" { function: "Marketing", purpose: "OCD" }
C141: "AMCVS_*" { function: "Marketing", purpose: "OCD" }
C142: "mbox" { function: "Marketing", purpose: "OCD" }
C145: "dpm" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adform" {
C146: "TPC" { function: "Marketing", purpose: "OCD" }
C147: "C" { function: "Marketing", purpose: "OCD" }
C148: "cid" { function: "Marketing", purpose: "OCD" }
C149: "GCM" { function: "Marketing", purpose: "OCD" }
C150: "CM" { function: "Marketing", purpose: "OCD" }
C151: "CM14" { function: "Marketing", purpose: "OCD" }
C152: "token" { function: "Marketing", purpose: "OCD" }
C153: "otsid" { function: "Marketing", purpose: "OCD" }
C154: "adtrc" { function: "Marketing", purpose: "OCD" }
C155: "SR*" { function: "Marketing", purpose: "OCD" }
C156: "EBFCD*" { function: "Marketing", purpose: "OCD" }
C157: "EBFC*" { function: "Marketing", purpose: "OCD" }
C158: "CFFC*" { function: "Marketing", purpose: "OCD" }
C159: "DigiTrust.v1.identity" { function: "Marketing", purpose: "OCD" }
C160: "adformfrpid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Facebook" {
C161: "lu" { function: "Marketing", purpose: "OCD" }
C162: "xs" { function: "Marketing", purpose: "OCD" }
C163: "m_user" { function: "Marketing", purpose: "OCD" }
C164: "pl" { function: "Marketing", purpose: "OCD" }
C165: "dbln" { function: "Marketing", purpose: "OCD" }
C166: "aks" { function: "Marketing", purpose: "OCD" }
C167: "aksb" { function: "Marketing", purpose: "OCD" }
C168: "sfau" { function: "Marketing", purpose: "OCD" }
C169: "ick" { function: "Marketing", purpose: "OCD" }
C170: "csm" { function: "Marketing", purpose: "OCD" }
C171: "s" { function: "Marketing", purpose: "OCD" }
C172: "datr" { function: "Marketing", purpose: "OCD" }
C173: "sb" { function: "Marketing", purpose: "OCD" }
C174: "fr" { function: "Marketing", purpose: "OCD" }
C175: "ddid" { function: "Marketing", purpose: "OCD" }
C176: "locale" { function: "Marketing", purpose: "OCD" }
C177: "_fbp" { function: "Marketing", purpose: "OCD" }
C178: "_fbc" { function: "Marketing", purpose: "OCD" }
C179: "js_ver" { function: "Marketing", purpose: "OCD" }
C180: "rc" { function: "Marketing", purpose: "OCD" }
C181: "campaign_click_url" { function: "Marketing", purpose: "OCD" }
C183: "usida" { function: "Marketing", purpose: "OCD" }
            }
            provider "Platform161" {
C185: "fl_inst" { function: "Marketing", purpose: "OCD" }
C186: "pcc2" { function: "Marketing", purpose: "OCD" }
C187: "trc" { function: "Marketing", purpose: "OCD" }
C188: "tuuid" { function: "Marketing", purpose: "OCD" }
C189: "ad2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C190: "MR" { function: "Marketing", purpose: "OCD" }
C191: "MUID" { function: "Marketing", purpose: "OCD" }
C192: "MUIDB" { function: "Marketing", purpose: "OCD" }
C193: "MC1" { function: "Marketing", purpose: "OCD" }
C194: "MSFPC" { function: "Marketing", purpose: "OCD" }
C195: "_uetsid" { function: "Marketing", purpose: "OCD" }
C196: "_uetvid" { function: "Marketing", purpose: "OCD" }
C197: "ANON" { function: "Marketing", purpose: "OCD" }
C198: "CC" { function: "Marketing", purpose: "OCD" }
C207: "NAP" { function: "Marketing", purpose: "OCD" }
C208: "MH" { function: "Marketing", purpose: "OCD" }
C209: "kcdob" { function: "Marketing", purpose: "OCD" }
C210: "kcrelid" { function: "Marketing", purpose: "OCD" }
C211: "kcru" { function: "Marketing", purpose: "OCD" }
C212: "pcfm" { function: "Marketing", purpose: "OCD" }
C214: "ToptOut" { function: "Marketing", purpose: "OCD" }
C215: "ACH01" { function: "Marketing", purpose: "OCD" }
C218: "_RwBf" { function: "Marketing", purpose: "OCD" }
C219: "_HPVN" { function: "Marketing", purpose: "OCD" }
C220: "OID" { function: "Marketing", purpose: "OCD" }
C221: "OIDI" { function: "Marketing", purpose: "OCD" }
C222: "OIDR" { function: "Marketing", purpose: "OCD" }
C223: "BCP" { function: "Marketing", purpose: "OCD" }
C224: "BFBUSR" { function: "Marketing", purpose: "OCD" }
C225: "BFB" { function: "Marketing", purpose: "OCD" }
C226: "ACL" { function: "Marketing", purpose: "OCD" }
C227: "ACLUSR" { function: "Marketing", purpose: "OCD" }
C228: "MSPTC" { function: "Marketing", purpose: "OCD" }
C1961: "_u" { function: "Marketing", purpose: "OCD" }
            }
            provider "X" {
C270: "guest_id" { function: "Marketing", purpose: "OCD" }
C271: "personalization_id" { function: "Marketing", purpose: "OCD" }
C272: "ct0" { function: "Marketing", purpose: "OCD" }
C273: "gt" { function: "Marketing", purpose: "OCD" }
C274: "guest_id_ads" { function: "Marketing", purpose: "OCD" }
C275: "muc_ads" { function: "Marketing", purpose: "OCD" }
C276: "_twitter_sess" { function: "Marketing", purpose: "OCD" }
C277: "ads_prefs" { function: "Marketing", purpose: "OCD" }
C278: "auth_token" { function: "Marketing", purpose: "OCD" }
C281: "dnt" { function: "Marketing", purpose: "OCD" }
C282: "eu_cn" { function: "Marketing", purpose: "OCD" }
C283: "external_referer" { function: "Marketing", purpose: "OCD" }
C284: "kdt" { function: "Marketing", purpose: "OCD" }
C285: "rweb_optin" { function: "Marketing", purpose: "OCD" }
C286: "syndication_guest_id" { function: "Marketing", purpose: "OCD" }
C287: "twid" { function: "Marketing", purpose: "OCD" }
C288: "tfw_exp" { function: "Marketing", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C303: "ccec_user" { function: "Marketing", purpose: "OCD" }
            }
            provider "Youtube" {
C304: "GPS" { function: "Marketing", purpose: "OCD" }
C305: "VISITOR_INFO1_LIVE" { function: "Marketing", purpose: "OCD" }
C309: "VISITOR_PRIVACY_METADATA" { function: "Marketing", purpose: "OCD" }
C310: "__Secure-ROLLOUT_TOKEN" { function: "Marketing", purpose: "OCD", secure }
            }
            provider "Admatic" {
C311: "__adm_ui" { function: "Marketing", purpose: "OCD" }
C312: "__adm_uiex" { function: "Marketing", purpose: "OCD" }
C313: "__adm_usyncc" { function: "Marketing", purpose: "OCD" }
C314: "uids" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sonobi" {
C328: "__uin_bw" { function: "Marketing", purpose: "OCD" }
C329: "__uir_bw" { function: "Marketing", purpose: "OCD" }
C330: "__uis" { function: "Marketing", purpose: "OCD" }
C331: "HAPLB5S" { function: "Marketing", purpose: "OCD" }
C332: "__uir_mm" { function: "Marketing", purpose: "OCD" }
C333: "HAPLB8*" { function: "Marketing", purpose: "OCD" }
C1752: "__uin_rh" { function: "Marketing", purpose: "OCD" }
C1753: "__uir_rh" { function: "Marketing", purpose: "OCD" }
C1754: "HAPLB3A" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pulsepoint" {
C334: "_dbefe" { function: "Marketing", purpose: "OCD" }
            }
            provider "Active Campaign" {
C360: "ac_enable_tracking" { function: "Marketing", purpose: "OCD" }
C361: "prism_*" { function: "Marketing", purpose: "OCD" }
            }
            provider "LinkedIn" {
C372: "bcookie" { function: "Marketing", purpose: "OCD" }
C373: "bscookie" { function: "Marketing", purpose: "OCD" }
C374: "trkCode" { function: "Marketing", purpose: "OCD" }
C375: "trkInfo" { function: "Marketing", purpose: "OCD" }
C376: "li_oatml" { function: "Marketing", purpose: "OCD" }
C377: "liap" { function: "Marketing", purpose: "OCD" }
C378: "lissc" { function: "Marketing", purpose: "OCD" }
C379: "spectroscopyId" { function: "Marketing", purpose: "OCD" }
C380: "UserMatchHistory" { function: "Marketing", purpose: "OCD" }
C385: "li_sugr" { function: "Marketing", purpose: "OCD" }
C388: "lms_ads" { function: "Marketing", purpose: "OCD" }
C389: "_guid" { function: "Marketing", purpose: "OCD" }
C390: "BizographicsOptOut" { function: "Marketing", purpose: "OCD" }
C391: "IRLD" { function: "Marketing", purpose: "OCD" }
C393: "ABSELB" { function: "Marketing", purpose: "OCD" }
C394: "brwsr" { function: "Marketing", purpose: "OCD" }
            }
            provider "Amazon" {
C455: "ad-id" { function: "Marketing", purpose: "OCD" }
C456: "ad-privacy" { function: "Marketing", purpose: "OCD" }
C1035: "__trf.src" { function: "Marketing", purpose: "OCD" }
            }
            provider "Casale Media" {
C457: "CMID" { function: "Marketing", purpose: "OCD" }
C458: "CMPRO" { function: "Marketing", purpose: "OCD" }
C459: "CMPS" { function: "Marketing", purpose: "OCD" }
C460: "CMRUM3" { function: "Marketing", purpose: "OCD" }
C461: "CMST" { function: "Marketing", purpose: "OCD" }
            }
            provider "Outbrain" {
C462: "cookieJartestCookie" { function: "Marketing", purpose: "OCD" }
C463: "apnxs" { function: "Marketing", purpose: "OCD" }
C464: "criteo" { function: "Marketing", purpose: "OCD" }
C465: "mdfrc" { function: "Marketing", purpose: "OCD" }
C466: "adrl" { function: "Marketing", purpose: "OCD" }
C467: "ttd" { function: "Marketing", purpose: "OCD" }
C468: "recs" { function: "Marketing", purpose: "OCD" }
C561: "bdswch" { function: "Marketing", purpose: "OCD" }
C1816: "obsessionid-*" { function: "Marketing", purpose: "OCD" }
C1817: "opout" { function: "Marketing", purpose: "OCD" }
C1818: "europe" { function: "Marketing", purpose: "OCD" }
C1819: "ref-" { function: "Marketing", purpose: "OCD" }
C1820: "unifiedPixel" { function: "Marketing", purpose: "OCD" }
C1821: "dicbo_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "justpremium.com" {
C471: "jpxumaster" { function: "Marketing", purpose: "OCD" }
C472: "jpxumatched" { function: "Marketing", purpose: "OCD" }
            }
            provider "PubMatic" {
C473: "PUBMDCID" { function: "Marketing", purpose: "OCD" }
C474: "SPugT" { function: "Marketing", purpose: "OCD" }
C475: "KADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
C476: "PUBRETARGET" { function: "Marketing", purpose: "OCD" }
C477: "KCCH" { function: "Marketing", purpose: "OCD" }
C478: "SyncRTB*" { function: "Marketing", purpose: "OCD" }
C479: "DPSync*" { function: "Marketing", purpose: "OCD" }
C480: "ADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
C481: "PugT" { function: "Marketing", purpose: "OCD" }
C482: "KRTBCOOKIE_*" { function: "Marketing", purpose: "OCD" }
C486: "USCC" { function: "Marketing", purpose: "OCD" }
C487: "DPPIX_ON" { function: "Marketing", purpose: "OCD" }
C488: "SYNCUPPIX_ON" { function: "Marketing", purpose: "OCD" }
C489: "camfreq_*" { function: "Marketing", purpose: "OCD" }
C492: "DPFQ" { function: "Marketing", purpose: "OCD" }
C493: "pi" { function: "Marketing", purpose: "OCD" }
            }
            provider "ID5" {
C503: "id5" { function: "Marketing", purpose: "OCD" }
C504: "cip" { function: "Marketing", purpose: "OCD" }
C505: "car" { function: "Marketing", purpose: "OCD" }
C506: "callback" { function: "Marketing", purpose: "OCD" }
C507: "cnac" { function: "Marketing", purpose: "OCD" }
C508: "cf" { function: "Marketing", purpose: "OCD" }
C656: "3pi" { function: "Marketing", purpose: "OCD" }
            }
            provider "ComScore" {
C511: "UIDR" { function: "Marketing", purpose: "OCD" }
C512: "UID" { function: "Marketing", purpose: "OCD" }
C513: "XID" { function: "Marketing", purpose: "OCD" }
            }
            provider "semasio.net" {
C514: "SEUNCY" { function: "Marketing", purpose: "OCD" }
            }
            provider "Federated Media Publishing" {
C515: "ljt_reader" { function: "Marketing", purpose: "OCD" }
            }
            provider "rekmob.com" {
C516: "rek_content" { function: "Marketing", purpose: "OCD" }
            }
            provider "Improve Digital" {
C517: "um" { function: "Marketing", purpose: "OCD" }
C518: "umeh" { function: "Marketing", purpose: "OCD" }
            }
            provider "vmg.host" {
C519: "BSWtracker" { function: "Marketing", purpose: "OCD" }
            }
            provider "1rx.io" {
C520: "_rxuuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Atlas" {
C521: "AA003" { function: "Marketing", purpose: "OCD" }
C522: "ATN" { function: "Marketing", purpose: "OCD" }
            }
            provider "Teads" {
C523: "tt_viewer" { function: "Marketing", purpose: "OCD" }
C524: "tt_bluekai" { function: "Marketing", purpose: "OCD" }
C525: "tt_liveramp" { function: "Marketing", purpose: "OCD" }
C526: "tt_neustar" { function: "Marketing", purpose: "OCD" }
C527: "tt_salesforce" { function: "Marketing", purpose: "OCD" }
            }
            provider "Visx.net" {
C530: "um2" { function: "Marketing", purpose: "OCD" }
            }
            provider "bidswitch.net" {
C531: "tuuid_lu" { function: "Marketing", purpose: "OCD" }
            }
            provider "adscale.de" {
C532: "uu" { function: "Marketing", purpose: "OCD" }
C533: "cct" { function: "Marketing", purpose: "OCD" }
C534: "tu" { function: "Marketing", purpose: "OCD" }
            }
            provider "betweendigital.com" {
C535: "betweendigital.com" { function: "Marketing", purpose: "OCD" }
            }
            provider "Seedtag" {
C536: "st_csd" { function: "Marketing", purpose: "OCD" }
C537: "st_cs" { function: "Marketing", purpose: "OCD" }
C538: "st_uid" { function: "Marketing", purpose: "OCD" }
C539: "st_cnt" { function: "Marketing", purpose: "OCD" }
C540: "st_chc" { function: "Marketing", purpose: "OCD" }
C541: "st_ssp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smartadserver" {
C542: "cnfq" { function: "Marketing", purpose: "OCD" }
C543: "lcsrc" { function: "Marketing", purpose: "OCD" }
C545: "gid" { function: "Marketing", purpose: "OCD" }
C546: "csfq" { function: "Marketing", purpose: "OCD" }
C547: "partner-*" { function: "Marketing", purpose: "OCD" }
C549: "Pwb" { function: "Marketing", purpose: "OCD" }
C551: "sasd" { function: "Marketing", purpose: "OCD" }
C552: "sasd2" { function: "Marketing", purpose: "OCD" }
C553: "TestIfCookie" { function: "Marketing", purpose: "OCD" }
C554: "csync" { function: "Marketing", purpose: "OCD" }
C555: "TestIfCookieP" { function: "Marketing", purpose: "OCD" }
C556: "pid" { function: "Marketing", purpose: "OCD" }
C558: "lcsrd" { function: "Marketing", purpose: "OCD" }
            }
            provider "Unrulymedia.com" {
C560: "unruly_m*" { function: "Marketing", purpose: "OCD" }
            }
            provider "LiveIntent" {
C562: "_li_ss" { function: "Marketing", purpose: "OCD" }
            }
            provider "TripleLift" {
C563: "tluid" { function: "Marketing", purpose: "OCD" }
C564: "tluidp" { function: "Marketing", purpose: "OCD" }
C565: "optout" { function: "Marketing", purpose: "OCD" }
C566: "sync" { function: "Marketing", purpose: "OCD" }
            }
            provider "Taboola" {
C567: "t_gid" { function: "Marketing", purpose: "OCD" }
C569: "taboola_session_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "openx.net" {
C576: "i" { function: "Marketing", purpose: "OCD" }
C577: "univ_id" { function: "Marketing", purpose: "OCD" }
C578: "pd" { function: "Marketing", purpose: "OCD" }
C579: "OAID" { function: "Marketing", purpose: "OCD" }
C580: "OAGEO*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Funda" {
C581: "DG_HID" { function: "Marketing", purpose: "OCD" }
C582: "DG_IID" { function: "Marketing", purpose: "OCD" }
C583: "DG_SID" { function: "Marketing", purpose: "OCD" }
C584: "DG_UID" { function: "Marketing", purpose: "OCD" }
C585: "DG_ZID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adxcore" {
C596: "advst_uid_11" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fidelity-media.com" {
C597: "DSP_UID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Lotame" {
C611: "_cc_aud" { function: "Marketing", purpose: "OCD" }
C612: "_cc_cc" { function: "Marketing", purpose: "OCD" }
C613: "_cc_id" { function: "Marketing", purpose: "OCD" }
C614: "panoramaId" { function: "Marketing", purpose: "OCD" }
C615: "panoramaId_expiry" { function: "Marketing", purpose: "OCD" }
C616: "panoramaId_expiry_exp" { function: "Marketing", purpose: "OCD" }
C617: "_cc_domain" { function: "Marketing", purpose: "OCD" }
C657: "_cc_dc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Neustar" {
C618: "ab" { function: "Marketing", purpose: "OCD" }
            }
            provider "BlueKai" {
C619: "bkdc" { function: "Marketing", purpose: "OCD" }
C620: "bku" { function: "Marketing", purpose: "OCD" }
C658: "bkpa" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Advertising" {
C621: "everest_session_v2" { function: "Marketing", purpose: "OCD" }
C622: "ev_tm" { function: "Marketing", purpose: "OCD" }
C623: "_tmae" { function: "Marketing", purpose: "OCD" }
C624: "_lcc" { function: "Marketing", purpose: "OCD" }
C625: "ev_sync_ax" { function: "Marketing", purpose: "OCD" }
C626: "ev_sync_bk" { function: "Marketing", purpose: "OCD" }
C627: "ev_sync_dd" { function: "Marketing", purpose: "OCD" }
C628: "ev_sync_fs" { function: "Marketing", purpose: "OCD" }
C629: "ev_sync_ix" { function: "Marketing", purpose: "OCD" }
C630: "ev_sync_nx" { function: "Marketing", purpose: "OCD" }
C631: "ev_sync_ox" { function: "Marketing", purpose: "OCD" }
C632: "ev_sync_rc" { function: "Marketing", purpose: "OCD" }
C633: "ev_sync_tm" { function: "Marketing", purpose: "OCD" }
C634: "ev_sync_yh" { function: "Marketing", purpose: "OCD" }
C635: "adcloud" { function: "Marketing", purpose: "OCD" }
C636: "id_adcloud" { function: "Marketing", purpose: "OCD" }
            }
            provider "MediaMath" {
C637: "mt_misc" { function: "Marketing", purpose: "OCD" }
C638: "mt_mop" { function: "Marketing", purpose: "OCD" }
C648: "uuidc" { function: "Marketing", purpose: "OCD" }
            }
            provider "PowerLinks" {
C639: "pl_user_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Rapleaf" {
C640: "pxrc" { function: "Marketing", purpose: "OCD" }
C641: "rlas3" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tapad" {
C642: "TapAd_DID" { function: "Marketing", purpose: "OCD" }
C643: "TapAd_TS" { function: "Marketing", purpose: "OCD" }
            }
            provider "The Tradedesk" {
C644: "TDCPM" { function: "Marketing", purpose: "OCD" }
C645: "TDID" { function: "Marketing", purpose: "OCD" }
            }
            provider "FreeWheel" {
C646: "uid-bp-*" { function: "Marketing", purpose: "OCD" }
C647: "MRM_UID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Zeotap" {
C649: "zc" { function: "Marketing", purpose: "OCD" }
C650: "zsc" { function: "Marketing", purpose: "OCD" }
C651: "zi" { function: "Marketing", purpose: "OCD" }
C652: "idp" { function: "Marketing", purpose: "OCD" }
C653: "zuc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Trustpilot" {
C654: "amplitude_id*" { function: "Marketing", purpose: "OCD" }
            }
            provider "SOVRN" {
C659: "_ljtrtb_*" { function: "Marketing", purpose: "OCD" }
C660: "ljtrtb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediamath" {
C661: "uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pinterest" {
C664: "_pin_unauth" { function: "Marketing", purpose: "OCD" }
C665: "_pinterest_ct_ua" { function: "Marketing", purpose: "OCD" }
C666: "sessionFunnelEventLogged" { function: "Marketing", purpose: "OCD" }
C667: "_routing_id" { function: "Marketing", purpose: "OCD" }
C668: "_derived_epik" { function: "Marketing", purpose: "OCD" }
C669: "_pinterest_ct_rt" { function: "Marketing", purpose: "OCD" }
C670: "_epik" { function: "Marketing", purpose: "OCD" }
            }
            provider "Vuble" {
C701: "_mb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sharpspring" {
C706: "koitk" { function: "Marketing", purpose: "OCD" }
C707: "__ss_referrer" { function: "Marketing", purpose: "OCD" }
C708: "__ss_tk" { function: "Marketing", purpose: "OCD" }
C709: "__ss" { function: "Marketing", purpose: "OCD" }
            }
            provider "Datatrics" {
C720: "datatrics_optin" { function: "Marketing", purpose: "OCD" }
C721: "datatricsDebugger" { function: "Marketing", purpose: "OCD" }
C722: "datatrics_customData" { function: "Marketing", purpose: "OCD" }
            }
            provider "OneTrust" {
C729: "_mkto_trk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optimizely" {
C732: "optimizelyEndUserId" { function: "Marketing", purpose: "OCD" }
C733: "optimizelyRedirectData" { function: "Marketing", purpose: "OCD" }
C734: "optimizelyDomainTestCookie" { function: "Marketing", purpose: "OCD" }
C735: "optimizelyOptOut" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ortec" {
C737: "app_ts" { function: "Marketing", purpose: "OCD" }
C738: "spx_ts" { function: "Marketing", purpose: "OCD" }
C739: "adx_ts" { function: "Marketing", purpose: "OCD" }
C740: "id_ts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Wix.com" {
C743: "svSession" { function: "Marketing", purpose: "OCD" }
            }
            provider "Shopify" {
C762: "_landing_page" { function: "Marketing", purpose: "OCD" }
C763: "_orig_referrer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Hubspot" {
C811: "__hstc" { function: "Marketing", purpose: "OCD" }
C812: "hubspotutk" { function: "Marketing", purpose: "OCD" }
C813: "__hssc" { function: "Marketing", purpose: "OCD" }
C814: "__hssrc" { function: "Marketing", purpose: "OCD" }
C815: "messagesUtk" { function: "Marketing", purpose: "OCD" }
C816: "hubspotapi" { function: "Marketing", purpose: "OCD" }
            }
            provider "Reddit" {
C843: "edgebucket" { function: "Marketing", purpose: "OCD" }
C844: "initref" { function: "Marketing", purpose: "OCD" }
C845: "_rdt_uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Xandr" {
C851: "anj" { function: "Marketing", purpose: "OCD" }
C853: "icu" { function: "Marketing", purpose: "OCD" }
C856: "XANDR_PANID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Snapchat" {
C865: "sc_at" { function: "Marketing", purpose: "OCD" }
C866: "sc-a-nonce" { function: "Marketing", purpose: "OCD" }
            }
            provider "ZOHO" {
C878: "zc_show" { function: "Marketing", purpose: "OCD" }
C880: "zc_loc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Perfect Audience" {
C884: "pa_rubicon_ts" { function: "Marketing", purpose: "OCD" }
C885: "pa_google_ts" { function: "Marketing", purpose: "OCD" }
C886: "pa_twitter_ts" { function: "Marketing", purpose: "OCD" }
C887: "pa_yahoo_ts" { function: "Marketing", purpose: "OCD" }
C888: "pa_openx_ts" { function: "Marketing", purpose: "OCD" }
            }
            provider "MailMunch" {
C889: "mailmunch_second_pageview" { function: "Marketing", purpose: "OCD" }
C890: "_mailmunch_visitor_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Partnerize" {
C891: "tPHG-PS" { function: "Marketing", purpose: "OCD" }
            }
            provider "Digital Audience" {
C892: "digitalAudience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optinmonster" {
C894: "_omappvs" { function: "Marketing", purpose: "OCD" }
C895: "_omappvp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadfeeder" {
C896: "_lfa" { function: "Marketing", purpose: "OCD" }
            }
            provider "SnapEngage" {
C897: "SnapABugHistory" { function: "Marketing", purpose: "OCD" }
            }
            provider "SpotX" {
C900: "audience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yahoo" {
C902: "A3" { function: "Marketing", purpose: "OCD" }
C903: "APID" { function: "Marketing", purpose: "OCD" }
C904: "APIDTS" { function: "Marketing", purpose: "OCD" }
C905: "IDSYNC" { function: "Marketing", purpose: "OCD" }
C906: "A1" { function: "Marketing", purpose: "OCD" }
C907: "A1S" { function: "Marketing", purpose: "OCD" }
C908: "adaptv_unique_user_cookie" { function: "Marketing", purpose: "OCD" }
C909: "cmp" { function: "Marketing", purpose: "OCD" }
C910: "adsrcvw1" { function: "Marketing", purpose: "OCD" }
C911: "migrated2y" { function: "Marketing", purpose: "OCD" }
C912: "rtbData0" { function: "Marketing", purpose: "OCD" }
C913: "rxx" { function: "Marketing", purpose: "OCD" }
C914: "tearsheet" { function: "Marketing", purpose: "OCD" }
C915: "unique_ad_source_impression" { function: "Marketing", purpose: "OCD" }
C916: "axids" { function: "Marketing", purpose: "OCD" }
C917: "GUC" { function: "Marketing", purpose: "OCD" }
C918: "trc_cookie_storage" { function: "Marketing", purpose: "OCD" }
C919: "tbla_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Quantcast" {
C922: "cref" { function: "Marketing", purpose: "OCD" }
C923: "d" { function: "Marketing", purpose: "OCD" }
C936: "__qca" { function: "Marketing", purpose: "OCD" }
            }
            provider "Issuu" {
C924: "iutk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C977: "BVID" { function: "Marketing", purpose: "OCD" }
C978: "BVSID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadinfo" {
C979: "_li_id*" { function: "Marketing", purpose: "OCD" }
C980: "_li_ses*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adcalls" {
C984: "acalltracker" { function: "Marketing", purpose: "OCD" }
C988: "acalltrackernumber" { function: "Marketing", purpose: "OCD" }
            }
            provider "BetweenDigital" {
C1000: "dc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Squeezely" {
C1001: "sqzl_abs" { function: "Marketing", purpose: "OCD" }
C1003: "sqzl_session_id" { function: "Marketing", purpose: "OCD" }
C1004: "sqzl_vw" { function: "Marketing", purpose: "OCD" }
C1005: "sqzllocal" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blueconic.com" {
C1010: "BCSessionID" { function: "Marketing", purpose: "OCD" }
C1011: "BCTempID" { function: "Marketing", purpose: "OCD" }
C1012: "BCReferrerOverrule" { function: "Marketing", purpose: "OCD" }
C1013: "BCRefusedObjectives" { function: "Marketing", purpose: "OCD" }
C1014: "BCRevision" { function: "Marketing", purpose: "OCD" }
C1015: "BCTracking" { function: "Marketing", purpose: "OCD" }
C1016: "bc_tstgrp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adalyser.com" {
C1017: "__adal_ca" { function: "Marketing", purpose: "OCD" }
C1018: "__adal_cw" { function: "Marketing", purpose: "OCD" }
C1019: "__adal_id" { function: "Marketing", purpose: "OCD" }
C1020: "__adal_ses" { function: "Marketing", purpose: "OCD" }
            }
            provider "Roku" {
C1023: "matchadform" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adition" {
C1024: "UserID1" { function: "Marketing", purpose: "OCD" }
            }
            provider "Audrte" {
C1025: "arcki2*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Klaviyo" {
C1034: "__kla_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "TikTok" {
C1038: "_ttp" { function: "Marketing", purpose: "OCD" }
C1039: "MONITOR_WEB_ID" { function: "Marketing", purpose: "OCD" }
C1040: "msToken" { function: "Marketing", purpose: "OCD" }
C1041: "ttwid" { function: "Marketing", purpose: "OCD" }
C1042: "ttcsid*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ezoic" {
C1063: "ezosuibasgeneris-1" { function: "Marketing", purpose: "OCD" }
            }
            provider "E-volution.ai" {
C1094: "v_usr" { function: "Marketing", purpose: "OCD" }
            }
            provider "StreamTheWorld" {
C1095: "idsync-bsw-uid-s" { function: "Marketing", purpose: "OCD" }
            }
            provider "OnAudience" {
C1096: "done_redirects*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Vidoomy" {
C1097: "vidoomy-uids" { function: "Marketing", purpose: "OCD" }
            }
            provider "csync.loopme.me" {
C1105: "viewer_token" { function: "Marketing", purpose: "OCD" }
            }
            provider "WordPress" {
C1114: "tk_lr" { function: "Marketing", purpose: "OCD" }
            }
            provider "ShareThis" {
C1188: "__stidv" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C1197: "khaos" { function: "Marketing", purpose: "OCD" }
C1198: "audit" { function: "Marketing", purpose: "OCD" }
C1199: "put_*" { function: "Marketing", purpose: "OCD" }
C1200: "rpb" { function: "Marketing", purpose: "OCD" }
C1201: "rpx" { function: "Marketing", purpose: "OCD" }
C1202: "c" { function: "Marketing", purpose: "OCD" }
C1203: "khaos_p" { function: "Marketing", purpose: "OCD" }
C1204: "audit_p" { function: "Marketing", purpose: "OCD" }
C1406: "tv_U*" { function: "Marketing", purpose: "OCD" }
C1407: "tvid" { function: "Marketing", purpose: "OCD" }
            }
            provider "SAP" {
C1205: "apiDomain_*" { function: "Marketing", purpose: "OCD" }
C1206: "gig_bootstrap_*" { function: "Marketing", purpose: "OCD" }
C1209: "gig_hasGmid" { function: "Marketing", purpose: "OCD" }
C1214: "_gigRefUid_*" { function: "Marketing", purpose: "OCD" }
C1219: "gmid" { function: "Marketing", purpose: "OCD" }
C1222: "hasGmid" { function: "Marketing", purpose: "OCD" }
C1226: "ucid" { function: "Marketing", purpose: "OCD" }
            }
            provider "The Ozone Project" {
C1227: "ozone_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beamer" {
C1230: "_BEAMER_FIRST_VISIT_*" { function: "Marketing", purpose: "OCD" }
C1231: "_BEAMER_USER_ID_*" { function: "Marketing", purpose: "OCD" }
C1232: "_BEAMER_DATE_*" { function: "Marketing", purpose: "OCD" }
C1233: "_BEAMER_LAST_POST_SHOWN_*" { function: "Marketing", purpose: "OCD" }
C1234: "_BEAMER_FILTER_BY_URL_*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adhese" {
C1236: "cap*" { function: "Marketing", purpose: "OCD" }
C1237: "pubmatic_uid" { function: "Marketing", purpose: "OCD" }
C1238: "improvedigital_uid" { function: "Marketing", purpose: "OCD" }
C1239: "rubicon_uid" { function: "Marketing", purpose: "OCD" }
C1240: "adform_uid" { function: "Marketing", purpose: "OCD" }
C1241: "appnexus_uid" { function: "Marketing", purpose: "OCD" }
C1242: "triplelift_uid" { function: "Marketing", purpose: "OCD" }
C1243: "adheseCustomer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Kelkoo" {
C1258: "KelkooID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Customer.io" {
C1259: "_cio" { function: "Marketing", purpose: "OCD" }
C1260: "_cioanonid" { function: "Marketing", purpose: "OCD" }
C1261: "cioFT" { function: "Marketing", purpose: "OCD" }
C1262: "cioLT" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tappx" {
C1266: "TXCSDMN_*" { function: "Marketing", purpose: "OCD" }
C1267: "TXCD" { function: "Marketing", purpose: "OCD" }
            }
            provider "richAudience" {
C1268: "rai-pltn-pl-*" { function: "Marketing", purpose: "OCD" }
C1269: "pdid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Media.net" {
C1270: "data-*" { function: "Marketing", purpose: "OCD" }
C1271: "visitor-id" { function: "Marketing", purpose: "OCD" }
C1272: "gdpr_status" { function: "Marketing", purpose: "OCD" }
C1273: "mnet_session_depth" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dotomi" {
C1275: "cjae" { function: "Marketing", purpose: "OCD" }
C1276: "DotomiStatus" { function: "Marketing", purpose: "OCD" }
C1277: "DotomiSession_*" { function: "Marketing", purpose: "OCD" }
C1278: "DotomiSync" { function: "Marketing", purpose: "OCD" }
C1279: "dtm_token" { function: "Marketing", purpose: "OCD" }
C1280: "dtm_token_exp" { function: "Marketing", purpose: "OCD" }
C1281: "dtm_tcdata" { function: "Marketing", purpose: "OCD" }
C1282: "dtm_tcdata_exp" { function: "Marketing", purpose: "OCD" }
C1283: "dtm_token_sc" { function: "Marketing", purpose: "OCD" }
C1284: "dtm_user_id" { function: "Marketing", purpose: "OCD" }
C1285: "dtm_user_id_sc" { function: "Marketing", purpose: "OCD" }
C1286: "dtm_gdpr_delete" { function: "Marketing", purpose: "OCD" }
C1287: "dtm_gpc_optout" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fastclick" {
C1288: "pluto" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediaplex" {
C1290: "svid" { function: "Marketing", purpose: "OCD" }
C1291: "rts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Salesforce" {
C1330: "apex__EmailAddress" { function: "Marketing", purpose: "OCD" }
C1351: "oinfo" { function: "Marketing", purpose: "OCD" }
C1352: "expid_*" { function: "Marketing", purpose: "OCD" }
C1353: "_kuid_" { function: "Marketing", purpose: "OCD" }
C1354: "visitor_id*" { function: "Marketing", purpose: "OCD" }
C1393: "igodigitalstdomain" { function: "Marketing", purpose: "OCD" }
C1394: "igodigitalst_*" { function: "Marketing", purpose: "OCD" }
C1395: "igodigitaltc2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Usabilla" {
C1422: "usbls" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sailthru" {
C1437: "sailthru_content" { function: "Marketing", purpose: "OCD" }
C1438: "sailthru_pageviews" { function: "Marketing", purpose: "OCD" }
C1439: "sailthru_visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nielsen" {
C1440: "IMRID" { function: "Marketing", purpose: "OCD" }
C1441: "ud" { function: "Marketing", purpose: "OCD" }
C1442: "udo" { function: "Marketing", purpose: "OCD" }
C1443: "EE" { function: "Marketing", purpose: "OCD" }
            }
            provider "Piano" {
C1451: "_pcus" { function: "Marketing", purpose: "OCD" }
C1453: "cX_G" { function: "Marketing", purpose: "OCD" }
C1454: "gckp" { function: "Marketing", purpose: "OCD" }
C1456: "pnespsdk_pnespid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Qualaroo" {
C1477: "ki_s" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nativo" {
C1481: "opt_out" { function: "Marketing", purpose: "OCD" }
C1482: "visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Verve" {
C1483: "lkqdid" { function: "Marketing", purpose: "OCD" }
C1484: "lkqdidts" { function: "Marketing", purpose: "OCD" }
            }
            provider "33Across" {
C1485: "33x_ps" { function: "Marketing", purpose: "OCD" }
            }
            provider "Disqus" {
C1506: "vglnk.Agent.p" { function: "Marketing", purpose: "OCD" }
C1507: "vglnk.PartnerRfsh.p" { function: "Marketing", purpose: "OCD" }
            }
            provider "Twiago" {
C1508: "deuxesse_uxid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Emetric" {
C1509: "pid_short" { function: "Marketing", purpose: "OCD" }
C1510: "pid_signature" { function: "Marketing", purpose: "OCD" }
C1511: "ep" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pangle" {
C1512: "_pangle" { function: "Marketing", purpose: "OCD" }
            }
            provider "Totvs" {
C1513: "u" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beeswax" {
C1515: "bitoIsSecure" { function: "Marketing", purpose: "OCD" }
C1516: "bito" { function: "Marketing", purpose: "OCD" }
            }
            provider "Acuity" {
C1522: "auid" { function: "Marketing", purpose: "OCD" }
C1523: "aum" { function: "Marketing", purpose: "OCD" }
            }
            provider "MercadoLibre" {
C1528: "edsid" { function: "Marketing", purpose: "OCD" }
C1529: "ftid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Aniview" {
C1530: "aniC" { function: "Marketing", purpose: "OCD" }
C1531: "version" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediarithmics" {
C1532: "mics_vid" { function: "Marketing", purpose: "OCD" }
C1533: "mics_uaid" { function: "Marketing", purpose: "OCD" }
C1534: "mics_lts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C1535: "n360_thirtythreeacross" { function: "Marketing", purpose: "OCD" }
C1536: "n360-thirtythreeacross" { function: "Marketing", purpose: "OCD" }
C1537: "n360_appnexus" { function: "Marketing", purpose: "OCD" }
C1538: "n360-appnexus" { function: "Marketing", purpose: "OCD" }
C1539: "n360_bliink" { function: "Marketing", purpose: "OCD" }
C1540: "n360_amx" { function: "Marketing", purpose: "OCD" }
C1541: "n360-amx" { function: "Marketing", purpose: "OCD" }
C1542: "n360_adform" { function: "Marketing", purpose: "OCD" }
C1543: "n360-adform" { function: "Marketing", purpose: "OCD" }
C1544: "n360_adnuntius" { function: "Marketing", purpose: "OCD" }
C1545: "n360-adnuntius" { function: "Marketing", purpose: "OCD" }
C1546: "n360_adot" { function: "Marketing", purpose: "OCD" }
C1547: "n360-adot" { function: "Marketing", purpose: "OCD" }
C1548: "n360_adyoulike" { function: "Marketing", purpose: "OCD" }
C1549: "n360-adyoulike" { function: "Marketing", purpose: "OCD" }
C1550: "n360_connectad" { function: "Marketing", purpose: "OCD" }
C1551: "n360_conversant" { function: "Marketing", purpose: "OCD" }
C1552: "n360-conversant" { function: "Marketing", purpose: "OCD" }
C1553: "n360_cwire" { function: "Marketing", purpose: "OCD" }
C1554: "n360-cwire" { function: "Marketing", purpose: "OCD" }
C1555: "n360_firstid" { function: "Marketing", purpose: "OCD" }
C1556: "n360-firstid" { function: "Marketing", purpose: "OCD" }
C1557: "n360_freewheel" { function: "Marketing", purpose: "OCD" }
C1558: "n360-freewheel" { function: "Marketing", purpose: "OCD" }
C1559: "n360_fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1560: "n360-fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1561: "n360_fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1562: "n360-fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1563: "n360-fueldigital" { function: "Marketing", purpose: "OCD" }
C1564: "n360_gingerad" { function: "Marketing", purpose: "OCD" }
C1565: "n360-gingerad" { function: "Marketing", purpose: "OCD" }
C1566: "n360_goodad" { function: "Marketing", purpose: "OCD" }
C1567: "n360-goodad" { function: "Marketing", purpose: "OCD" }
C1568: "n360_gravity" { function: "Marketing", purpose: "OCD" }
C1569: "n360-gravity" { function: "Marketing", purpose: "OCD" }
C1570: "n360_groupm" { function: "Marketing", purpose: "OCD" }
C1571: "n360-groupm" { function: "Marketing", purpose: "OCD" }
C1572: "n360_improve" { function: "Marketing", purpose: "OCD" }
C1573: "n360-improve" { function: "Marketing", purpose: "OCD" }
C1574: "n360-ix" { function: "Marketing", purpose: "OCD" }
C1575: "n360_medianet" { function: "Marketing", purpose: "OCD" }
C1576: "n360-medianet" { function: "Marketing", purpose: "OCD" }
C1577: "n360_moneytag" { function: "Marketing", purpose: "OCD" }
C1578: "n360-moneytag" { function: "Marketing", purpose: "OCD" }
C1579: "n360_nextmillennium" { function: "Marketing", purpose: "OCD" }
C1580: "n360-nextmillennium" { function: "Marketing", purpose: "OCD" }
C1581: "n360_onetag" { function: "Marketing", purpose: "OCD" }
C1582: "n360-onetag" { function: "Marketing", purpose: "OCD" }
C1583: "n360_openx" { function: "Marketing", purpose: "OCD" }
C1584: "n360-openx" { function: "Marketing", purpose: "OCD" }
C1585: "n360-outbrain" { function: "Marketing", purpose: "OCD" }
C1586: "n360_plista" { function: "Marketing", purpose: "OCD" }
C1587: "n360-plista" { function: "Marketing", purpose: "OCD" }
C1588: "n360_pubmatic" { function: "Marketing", purpose: "OCD" }
C1589: "n360-pubmatic" { function: "Marketing", purpose: "OCD" }
C1590: "n360_pulsepoint" { function: "Marketing", purpose: "OCD" }
C1591: "n360-pulsepoint" { function: "Marketing", purpose: "OCD" }
C1592: "n360_quantum" { function: "Marketing", purpose: "OCD" }
C1593: "n360-quantum" { function: "Marketing", purpose: "OCD" }
C1594: "n360_richaudience" { function: "Marketing", purpose: "OCD" }
C1595: "n360-richaudience" { function: "Marketing", purpose: "OCD" }
C1596: "n360_rtbhouse" { function: "Marketing", purpose: "OCD" }
C1597: "n360_rubicon" { function: "Marketing", purpose: "OCD" }
C1598: "n360-rubicon" { function: "Marketing", purpose: "OCD" }
C1599: "n360_sharethrough" { function: "Marketing", purpose: "OCD" }
C1600: "n360-sharethrough" { function: "Marketing", purpose: "OCD" }
C1601: "n360_smaato" { function: "Marketing", purpose: "OCD" }
C1602: "n360-smaato" { function: "Marketing", purpose: "OCD" }
C1603: "n360_smartadserver" { function: "Marketing", purpose: "OCD" }
C1604: "n360-smartadserver" { function: "Marketing", purpose: "OCD" }
C1605: "n360_smartyads" { function: "Marketing", purpose: "OCD" }
C1606: "n360-smartyads" { function: "Marketing", purpose: "OCD" }
C1607: "n360_smilewanted" { function: "Marketing", purpose: "OCD" }
C1608: "n360_staila" { function: "Marketing", purpose: "OCD" }
C1609: "n360-staila" { function: "Marketing", purpose: "OCD" }
C1610: "n360_tappx" { function: "Marketing", purpose: "OCD" }
C1611: "n360-tappx" { function: "Marketing", purpose: "OCD" }
C1612: "n360_mediagrid" { function: "Marketing", purpose: "OCD" }
C1613: "n360-mediagrid" { function: "Marketing", purpose: "OCD" }
C1614: "n360_ttd" { function: "Marketing", purpose: "OCD" }
C1615: "n360-ttd" { function: "Marketing", purpose: "OCD" }
C1616: "n360_traffective" { function: "Marketing", purpose: "OCD" }
C1617: "n360-traffective" { function: "Marketing", purpose: "OCD" }
C1618: "n360_triplelift" { function: "Marketing", purpose: "OCD" }
C1619: "n360_yahoo" { function: "Marketing", purpose: "OCD" }
C1620: "n360-yahoo" { function: "Marketing", purpose: "OCD" }
C1621: "n360_vidoomy" { function: "Marketing", purpose: "OCD" }
C1622: "n360-vidoomy" { function: "Marketing", purpose: "OCD" }
C1623: "n360_yieldlab" { function: "Marketing", purpose: "OCD" }
C1624: "n360-yieldlab" { function: "Marketing", purpose: "OCD" }
            }
            provider "MediaVine" {
C1625: "mv_tokens" { function: "Marketing", purpose: "OCD" }
C1626: "mv_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
C1627: "am_tokens" { function: "Marketing", purpose: "OCD" }
C1628: "am_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yieldmo" {
C1630: "ptrcriteo" { function: "Marketing", purpose: "OCD" }
C1632: "ptrrc" { function: "Marketing", purpose: "OCD" }
C1633: "ptran" { function: "Marketing", purpose: "OCD" }
C1634: "ptrt" { function: "Marketing", purpose: "OCD" }
C1635: "ptrpp" { function: "Marketing", purpose: "OCD" }
C1636: "ptrpub" { function: "Marketing", purpose: "OCD" }
C1637: "ptrc" { function: "Marketing", purpose: "OCD" }
C1638: "ptrb" { function: "Marketing", purpose: "OCD" }
C1639: "ptropenx" { function: "Marketing", purpose: "OCD" }
C1640: "ptrbsw" { function: "Marketing", purpose: "OCD" }
C1641: "ptreps" { function: "Marketing", purpose: "OCD" }
            }
            provider "Springserve" {
C1642: "ssid" { function: "Marketing", purpose: "OCD" }
C1643: "sst" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bouncex" {
C1644: "dgzsdl08v4" { function: "Marketing", purpose: "OCD" }
C1645: "bounceClientVisit" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tailtarget" {
C1654: "ttbprf" { function: "Marketing", purpose: "OCD" }
C1655: "ttc" { function: "Marketing", purpose: "OCD" }
C1656: "n" { function: "Marketing", purpose: "OCD" }
C1657: "trk" { function: "Marketing", purpose: "OCD" }
C1658: "ttca" { function: "Marketing", purpose: "OCD" }
C1659: "tp*" { function: "Marketing", purpose: "OCD" }
C1660: "ttgcm" { function: "Marketing", purpose: "OCD" }
            }
            provider "Groovinads" {
C1668: "GRV_BHV_UID*" { function: "Marketing", purpose: "OCD" }
C1669: "GRV_BHV_SKU*" { function: "Marketing", purpose: "OCD" }
C1670: "GRV_BHV_IDCAT*" { function: "Marketing", purpose: "OCD" }
C1671: "GRV_BHV_DATE*" { function: "Marketing", purpose: "OCD" }
C1672: "GRV_IDU" { function: "Marketing", purpose: "OCD" }
C1673: "NPA*" { function: "Marketing", purpose: "OCD" }
C1674: "GRV_BHV_BRND_*" { function: "Marketing", purpose: "OCD" }
C1675: "GRV_google" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bidence" {
C1676: "duid_update_time" { function: "Marketing", purpose: "OCD" }
C1677: "_ssp_update_time*" { function: "Marketing", purpose: "OCD" }
C1678: "_dsp_uid*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1700: "TADCID" { function: "Marketing", purpose: "OCD" }
C1701: "ServerPool" { function: "Marketing", purpose: "OCD" }
            }
            provider "Underdog Media" {
C1704: "dt" { function: "Marketing", purpose: "OCD" }
C1705: "rtbh" { function: "Marketing", purpose: "OCD" }
C1706: "udmts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1734: "_crazyegg" { function: "Marketing", purpose: "OCD" }
C1736: "ce_signup_partner" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adkernel" {
C1755: "SSPZ" { function: "Marketing", purpose: "OCD" }
C1756: "ADKUID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smaato" {
C1757: "SCM" { function: "Marketing", purpose: "OCD" }
C1758: "SCMaps" { function: "Marketing", purpose: "OCD" }
C1759: "SCMsovrn" { function: "Marketing", purpose: "OCD" }
C1760: "SCMinf" { function: "Marketing", purpose: "OCD" }
C1761: "SCMg" { function: "Marketing", purpose: "OCD" }
            }
            provider "Undertone" {
C1762: "UTID" { function: "Marketing", purpose: "OCD" }
C1763: "UTID_ENC" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1779: "_dy_cs_storage_items" { function: "Marketing", purpose: "OCD" }
C1780: "_dy_cs_cookie_items" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blue" {
C1781: "ckid" { function: "Marketing", purpose: "OCD" }
C1782: "hash" { function: "Marketing", purpose: "OCD" }
            }
            provider "Instagram" {
C1783: "ig_did" { function: "Marketing", purpose: "OCD" }
C1784: "ig_cb" { function: "Marketing", purpose: "OCD" }
C1785: "ds_user_id" { function: "Marketing", purpose: "OCD" }
C1787: "fbm_*" { function: "Marketing", purpose: "OCD" }
C1788: "shbid" { function: "Marketing", purpose: "OCD" }
C1789: "shbts" { function: "Marketing", purpose: "OCD" }
C1790: "sessionid" { function: "Marketing", purpose: "OCD" }
            }
            provider "CreativeCDN" {
C1815: "g" { function: "Marketing", purpose: "OCD" }
            }
            provider "RD Station" {
C1899: "rdtrk" { function: "Marketing", purpose: "OCD" }
C1900: "_rdtrk" { function: "Marketing", purpose: "OCD" }
C1902: "_rdlps_pp" { function: "Marketing", purpose: "OCD" }
C1903: "_rd_wa_first_session*" { function: "Marketing", purpose: "OCD" }
C1904: "_sp_wa_first_session*" { function: "Marketing", purpose: "OCD" }
C1905: "_rd_wa_id*" { function: "Marketing", purpose: "OCD" }
C1906: "_sp_wa_id*" { function: "Marketing", purpose: "OCD" }
C1907: "_rd_wa_ses_id*" { function: "Marketing", purpose: "OCD" }
C1908: "_sp_wa_ses_id*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Command Act" {
C1925: "tc_cj_v2" { function: "Marketing", purpose: "OCD" }
C1926: "tc_cj_v2_cmp." { function: "Marketing", purpose: "OCD" }
C1927: "tc_cj_v2_med" { function: "Marketing", purpose: "OCD" }
C1933: "CAID" { function: "Marketing", purpose: "OCD" }
C1934: "TCID" { function: "Marketing", purpose: "OCD" }
C1935: "WID" { function: "Marketing", purpose: "OCD" }
C1937: "TMS" { function: "Marketing", purpose: "OCD" }
C1939: "TCSESSION" { function: "Marketing", purpose: "OCD" }
C1940: "TCREDIRECT" { function: "Marketing", purpose: "OCD" }
C1941: "TCLANDINGURL" { function: "Marketing", purpose: "OCD" }
C1956: "TCREDIRECT_DEDUP" { function: "Marketing", purpose: "OCD" }
            }
            provider "GumGum" {
C1959: "cs" { function: "Marketing", purpose: "OCD" }
C1960: "vst" { function: "Marketing", purpose: "OCD" }
            }
            provider "Typeform" {
C1963: "attribution_user_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Stape" {
C1969: "_gtmeec" { function: "Marketing", purpose: "OCD" }
            }
            provider "Exponea" {
C1972: "__exponea_etc__" { function: "Marketing", purpose: "OCD" }
C1973: "__exponea_time2__" { function: "Marketing", purpose: "OCD" }
            }
            provider "Awin" {
C1986: "lantern" { function: "Marketing", purpose: "OCD" }
C1987: "AwinChannelCookie" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `patterns_2000`'s names, to their index in `patterns_2000::POLICY.cookies()`.
pub static PATTERNS_2000_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"__eoi" => 0,
"aboutads_sessNNN" => 1,
"__AntiXsrfToken" => 2,
"csrf_same_site" => 3,
"csrf_same_site_set" => 4,
"INDEED_CSRF_TOKEN" => 5,
"XSRF-TOKEN" => 6,
".AspNetCore.Antiforgery.*" => 7,
"csrf-canary" => 8,
"form_key" => 9,
"hs-membership-csrf" => 10,
"hubspotapi-csrf" => 11,
"CMSCsrfCookie" => 12,
"CRAFT_CSRF_TOKEN" => 13,
"_csrf" => 14,
"idccsrf" => 15,
"devOverrideCsrfToken" => 16,
"Host-ERIC_PROD-" => 17,
"xf_csrf" => 18,
"gist_oauth_csrf" => 19,
"saml_csrf_token" => 20,
"__cpmQQ_trackers" => 21,
"__cpmQQ_trackers_timestamp" => 22,
"__cmpQQ_usedCoookies" => 23,
"__cmpQQ_consentID" => 24,
"__cmpQQ_CookieConsent" => 25,
"_rails_session" => 26,
"next-auth.*" => 27,
"sb-*" => 28,
"clerk_*" => 29,
"cookiePreferences" => 30,
"CookieConsent" => 31,
"CookieConsentBulkTicket" => 32,
"userlang*" => 33,
"consentUUID" => 34,
"CrossConsent" => 35,
"1.gif" => 36,
"cb-currency" => 37,
"CookieConsentBulkSetting-*" => 38,
"cookieconsent_variant" => 39,
"cookieconsent_system" => 40,
"cookieconsent_level" => 41,
"cookieconsent_seen" => 42,
"_GRECAPTCHA" => 43,
"pm_sess" => 44,
"pm_sess_NNN" => 45,
"ANID" => 46,
"GA_OPT_OUT" => 47,
"_Secure-ENID" => 48,
"Secure-YEC" => 49,
"CGIC" => 50,
"_Secure-YEC" => 51,
"__Secure-YNID" => 52,
"CONSENT" => 53,
"SOCS" => 54,
"ACCOUNT_CHOOSER" => 55,
"SMSV" => 56,
"__Host-1PLSID" => 57,
"__Host-3PLSID" => 58,
"__Host-GAPS" => 59,
"LSOLH" => 60,
"g_enabled_idps" => 61,
"G_AUTHUSER_H" => 62,
"SEARCH_SAMESITE" => 63,
"GCLB" => 64,
"receive-cookie-deprecation" => 65,
"AEC" => 66,
"_gaexp" => 67,
"test_cookie" => 68,
"at_check" => 69,
"renderid" => 70,
"wd" => 71,
"presence" => 72,
"PPAuth" => 73,
"MSPAuth" => 74,
"MSNRPSAuth" => 75,
"KievRPSAuth" => 76,
"WLSSC" => 77,
"MSPProf" => 78,
"MC0" => 79,
"MS0" => 80,
"x-ms-gateway-slice" => 81,
"AADSSO" => 82,
"brcap" => 83,
"buid" => 84,
"esctx" => 85,
"fpc" => 86,
"ARRAffinity" => 87,
"ARRAffinitySameSite" => 88,
".ASPXANONYMOUS" => 89,
".ASPXAUTH" => 90,
"nSGt-*" => 91,
"RpsContextCookie" => 92,
"ASLBSACORS" => 93,
"ASLBSA" => 94,
"ASPSESSIO*" => 95,
"ApplicationGatewayAffinity" => 96,
"ApplicationGatewayAffinityCORS" => 97,
"VisitorStorageGuid" => 98,
"x-ms-cpim-admin" => 99,
"x-ms-cpim-slice" => 100,
"x-ms-cpim-trans" => 101,
"x-ms-cpim-sso*" => 102,
"x-ms-cpim-cache*" => 103,
"x-ms-cpim-csrf" => 104,
"x-ms-cpim-dc" => 105,
"x-ms-cpim-ctx" => 106,
"x-ms-cpim-rp" => 107,
"x-ms-cpim-rc" => 108,
"x-ms-cpim-geo" => 109,
"Dynamics365PortalAnalytics" => 110,
"ai_session" => 111,
"AADNonce.forms" => 112,
"DcLcid" => 113,
"esctx-*" => 114,
"isFirstSession*" => 115,
"MSO*" => 116,
"ASP.NET_Sessio" => 117,
"ASP.NET_Sessio_Fallback" => 118,
"__RequestVerificationToken*" => 119,
"ASP.NET_SessionId" => 120,
"cookie-consent-io" => 121,
"cookie-consent-io-timestamp*" => 122,
"cookie-consent-io-gdpr" => 123,
"PREF" => 124,
"YSC" => 125,
"DEVICE_INFO" => 126,
"__cfduid" => 127,
"__cfruid" => 128,
"__cf_bm" => 129,
"cf_chl_2" => 130,
"__cflb" => 131,
"cf_clearance" => 132,
"__cfseq" => 133,
"cf_ob_info" => 134,
"cf_use_ob" => 135,
"__cfwaitingroom" => 136,
"cf_chl_rc_i" => 137,
"cf_chl_rc_ni" => 138,
"cf_chl_rc_m" => 139,
"_hjTLDTest" => 140,
"_hjUserAttributesHash" => 141,
"_hjLocalStorageTest" => 142,
"_hjptid" => 143,
"_hjAbsoluteSessionInProgress" => 144,
"_hjFirstSeen" => 145,
"_hjIncludedInPageviewSample" => 146,
"_hjIncludedInSessionSample*" => 147,
"_hjSession_*" => 148,
"_hjSessionUser_*" => 149,
"_hjSessionTooLarge" => 150,
"_hjSessionRejected" => 151,
"_hjSessionResumed" => 152,
"hjViewportId" => 153,
"_hjCookieTest" => 154,
"JSESSIO" => 155,
"ORA_WWV_APP_*" => 156,
"laravel_session" => 157,
"PHPSESSID" => 158,
"__Secure-PHPSESSID" => 159,
"lang" => 160,
"li_gc" => 161,
"sdsc" => 162,
"li_mc" => 163,
"li_a" => 164,
"li_ep_auth_context" => 165,
"fcookie" => 166,
"ccookie" => 167,
"chp_token" => 168,
"li_cu" => 169,
"denial-client-ip" => 170,
"denial-reason-code" => 171,
"rtc" => 172,
"li_referer" => 173,
"f_token" => 174,
"li_odapfcc" => 175,
"ac_L" => 176,
"ac_LD" => 177,
"recent_history_status" => 178,
"all_u_b" => 179,
"uh" => 180,
"pushPermInfo" => 181,
"pushPermState" => 182,
"wwepo" => 183,
"li_ec" => 184,
"li_gpc" => 185,
"PLAY_FLASH" => 186,
"PLAY_LANG" => 187,
"PLAY_SESSION" => 188,
"redirectFromM2MInviteAccept" => 189,
"redirectFromM2MInviteSent" => 190,
"cookie.policy.banner.eu" => 191,
"cookie.policy.banner.nl" => 192,
"appName" => 193,
"appLang" => 194,
"lls-integration" => 195,
"feed-sort" => 196,
"abiRedirect" => 197,
"li_alerts" => 198,
"li_theme" => 199,
"integration_type" => 200,
"li_theme_set" => 201,
"lms_analytics" => 202,
"li_fat_id" => 203,
"li_giant" => 204,
"recent_history" => 205,
"AWSALB" => 206,
"AWSALBCORS" => 207,
"AWSELBCORS" => 208,
"AWSELB" => 209,
"AWSALBTGCORS" => 210,
"AWSALBTG" => 211,
"aws_lang" => 212,
"aws-priv" => 213,
"_cq_duid" => 214,
"_cq_suid" => 215,
"KTPCACOOKIE" => 216,
"COKENBLD" => 217,
"pubtime_*" => 218,
"PMFREQ_ON" => 219,
"FPtrust" => 220,
"_curtime" => 221,
"PMDTSHR" => 222,
"chk" => 223,
"chkSecSet" => 224,
"chkChromeAb67" => 225,
"chkChromeAb67Sec" => 226,
"pubsyncexp" => 227,
"Kiyohnl" => 228,
"gdpr" => 229,
"gpp" => 230,
"cfid" => 231,
"cftoken" => 232,
"dyncdn" => 233,
"Pdomid" => 234,
"t_pt_gid" => 235,
"taboola_select" => 236,
"taboola_fp_td_user_id" => 237,
"_tb_sess_r" => 238,
"fonts-loaded" => 239,
"html-classes" => 240,
"SNLB2" => 241,
"lz_last_visit" => 242,
"lz_userid" => 243,
"lz_visits" => 244,
".secureclient" => 245,
".securesession" => 246,
".stateflags" => 247,
".auth" => 248,
"_pinterest_cm" => 249,
"_pinterest_sess" => 250,
"Nop.customer" => 251,
"NopCommerce.RecentlyViewedProducts" => 252,
"NOPCOMMERCE.AUTH" => 253,
"tsrvid" => 254,
"product_data_storage*" => 255,
"mage-cache-sessid" => 256,
"mage-cache-storage*" => 257,
"mage-cache-timeout*" => 258,
"mage-messages" => 259,
"mage-translation-file-version" => 260,
"mage-translation-storage" => 261,
"recently_compared_product*" => 262,
"recently_compared_product_previous*" => 263,
"recently_viewed_product*" => 264,
"recently_viewed_product_previous*" => 265,
"user_allowed_save_cookie" => 266,
"persistent_shopping_cart" => 267,
"stf" => 268,
"pollN" => 269,
"frontend" => 270,
"guest-view" => 271,
"mage-banners-cache-storage" => 272,
"searchReport-log" => 273,
"private_content_version" => 274,
"X-Magento-Vary" => 275,
"section_data_ids" => 276,
"section_data_clean" => 277,
"store" => 278,
"login_redirect" => 279,
"wordpress_test_cookie" => 280,
"componentType" => 281,
"componentStyle" => 282,
"nrid" => 283,
"OptanonConsent" => 284,
"OptanonAlertBoxClosed" => 285,
"OneTrustWPCCPAGoogleOptOut" => 286,
"FunctionalCookie" => 287,
"utm_key" => 288,
"__Secure-fgpt" => 289,
"wwwchannelme_z_sid" => 290,
"SSR-caching" => 291,
"smSession" => 292,
"ForceFlashSite" => 293,
"hs" => 294,
"bSession" => 295,
"TS01*" => 296,
"fedops.logger.sessionId" => 297,
"wixLanguage" => 298,
"_wixCIDX" => 299,
"consent-policy" => 300,
"client-session-bind" => 301,
"server-session-bind" => 302,
"_ab" => 303,
"Cart" => 304,
"cart_sig" => 305,
"cart_ts" => 306,
"checkout_token" => 307,
"Secret" => 308,
"Secure_customer_sig" => 309,
"storefront_digest" => 310,
"shopify_pay_redirect" => 311,
"cart_currency" => 312,
"dynamic_checkout_shown_on_cart" => 313,
"keep_alive" => 314,
"checkout_session_token*" => 315,
"cart_ver" => 316,
"localization" => 317,
"locale_bar_accepted" => 318,
"_cmp_a" => 319,
"_customer_account_shop_sessions" => 320,
"customer_account_locale" => 321,
"hide_shopify_pay_for_checkout" => 322,
"master_device_id" => 323,
"previous_step" => 324,
"discount_code" => 325,
"remember_me" => 326,
"shopify_pay" => 327,
"checkout_prefill" => 328,
"checkout_queue_token" => 329,
"checkout_worker_session" => 330,
"identity-state" => 331,
"identity-state-*" => 332,
"identity_customer_account_number" => 333,
"card_update_verification_id" => 334,
"customer_account_new_login" => 335,
"customer_account_preview" => 336,
"customer_payment_method" => 337,
"customer_shop_pay_agreement" => 338,
"pay_update_intent_id" => 339,
"login_with_shop_finalize" => 340,
"preview_theme" => 341,
"shopify-editor-unconfirmed-settings" => 342,
"_shopify_essential_*" => 343,
"__hs_opt_out" => 344,
"__hs_do_not_track" => 345,
"__hs_initial_opt_in" => 346,
"hs_ab_test" => 347,
"hs-messages-is-open" => 348,
"hs-messages-hide-welcome-message" => 349,
"__hsmem" => 350,
"hubspotapi-prefs" => 351,
"__hs_cookie_cat_pref" => 352,
"__hs_gpc_banner_dismiss" => 353,
"__hs_notify_banner_dismiss" => 354,
"Player" => 355,
"continuous_play_v3" => 356,
"__stripe_mid" => 357,
"__stripe_sid" => 358,
"m" => 359,
"woocommerce_cart_hash" => 360,
"woocommerce_items_in_cart" => 361,
"wp_woocommerce_session_*" => 362,
"woocommerce_recently_viewed" => 363,
"store_notice*" => 364,
"woocommerce_snooze_suggestions__*" => 365,
"woocommerce_dismissed_suggestions__*" => 366,
"tk_ai" => 367,
"incap_ses_*" => 368,
"nlbi_*" => 369,
"visid_incap_*" => 370,
"sp_t" => 371,
"sp_landing" => 372,
"sess" => 373,
"cc-*" => 374,
"pgid-org-*" => 375,
"CMSCookieLevel" => 376,
"CMSPreferredCulture" => 377,
"X-AB" => 378,
"_vwo_uuid_v2" => 379,
"_vwo_uuid" => 380,
"_vis_opt_s" => 381,
"_vis_opt_test_cookie" => 382,
"_vis_opt_exp_*" => 383,
"_vwo_ssm" => 384,
"zc_consent" => 385,
"zc_cu_exp" => 386,
"uesign" => 387,
"wa_ul" => 388,
"wa_lang_pref" => 389,
"has_js" => 390,
"SnapABugUserAlias" => 391,
"SnapABugVisit" => 392,
"yith_wcwl_session_" => 393,
"INGRESSCOOKIE" => 394,
"AlteonP" => 395,
"cookielawinfo-checkbox-necessary" => 396,
"cookielawinfo-checkbox-non-necessary" => 397,
"viewed_cookie_policy" => 398,
"cookielawinfo-checkbox-marketing" => 399,
"cookielawinfo-checkbox-analytics" => 400,
"cookielawinfo-checkbox-performance" => 401,
"cookielawinfo-checkbox-others" => 402,
"cookielawinfo-checkbox-functional" => 403,
"cookielawinfo-checkbox-advertisement" => 404,
"cookielawinfo-checkbox-preferences" => 405,
"CookieLawInfoConsent" => 406,
"__sqra" => 407,
"__sqrb" => 408,
"AUTH_SESSION_ID" => 409,
"KC_RESTART" => 410,
"KC_START" => 411,
"KEYCLOAK_IDENTITY" => 412,
"KEYCLOAK_LOCALE" => 413,
"KEYCLOAK_REMEMBER_ME" => 414,
"KEYCLOAK_SESSION" => 415,
"KC_STATE_CHECKER" => 416,
"KC_AUTH_STATE" => 417,
"_abck" => 418,
"AKA_A2" => 419,
"ak_bmsc" => 420,
"bm_sv" => 421,
"CraftSessionId" => 422,
"ci_session" => 423,
"__lc_cid" => 424,
"__lc_cst" => 425,
"__lc2_cid" => 426,
"__lc2_cst" => 427,
"__livechat" => 428,
"CAKEPHP" => 429,
"wp-wpml_current_language" => 430,
"_flowbox" => 431,
"acalltrackersession" => 432,
"excludecalltracking" => 433,
"ckies_functional" => 434,
"ckies_necessary" => 435,
"ckies_performance" => 436,
"ckies_marketing" => 437,
"ClickAndChange" => 438,
"pll_language" => 439,
"browserupdateorg" => 440,
"TawkConnectionTime" => 441,
"TawkCookie" => 442,
"__tawkuuid" => 443,
"sqzl_consent" => 444,
"belco-anonymous-id" => 445,
"belco-cookies" => 446,
"apbct_*" => 447,
"ct_*" => 448,
"spbc_cookies_test" => 449,
"spbc_firewall_pass_key" => 450,
"spbc_is_logged_in" => 451,
"spbc_2fa_passed" => 452,
"spbc_timer" => 453,
"spbc_log_id" => 454,
"auth0" => 455,
"auth0_compat" => 456,
"auth0-mf" => 457,
"auth0-mf_compat" => 458,
"did" => 459,
"did_compat" => 460,
"__txn_*" => 461,
"ja_purity_tpl" => 462,
"ja_purity_ii_tpl" => 463,
"BIGipServer*" => 464,
"ezds" => 465,
"ezoab_*" => 466,
"ezohw" => 467,
"ezostid_*" => 468,
"ezoawesome_*" => 469,
"easysize_button_loaded_for_user" => 470,
"swym-email" => 471,
"swym-session-id" => 472,
"swym-pid" => 473,
"swym-swymRegid" => 474,
"swym-o_s" => 475,
"swym-instrumentMap" => 476,
"swym-ol_ct" => 477,
"swym-v-ckd" => 478,
"swym-tpermts" => 479,
"swym-u_pref" => 480,
"swym-weml" => 481,
"enforce_policy" => 482,
"x-pp-s" => 483,
"ts" => 484,
"ts_c" => 485,
"tsrce" => 486,
"X-PP-SILOVER" => 487,
"X-PP-L7" => 488,
"l7_az" => 489,
"SERVERID" => 490,
"bbuserid" => 491,
"bbpassword" => 492,
"bbsessionhash" => 493,
"bbcpsessionhash" => 494,
"bbsitebuilder_active" => 495,
"bblastactivity" => 496,
"bblastvisit" => 497,
"wires" => 498,
"wires_challenge" => 499,
"ab.storage.userId.*" => 500,
"ab.optOut" => 501,
"ab._gd" => 502,
"devicePixelRatio" => 503,
"wp-settings-*" => 504,
"wporg_logged_in" => 505,
"wporg_sec" => 506,
"wporg_locale" => 507,
"welcome-*" => 508,
"showComments" => 509,
"trac_form_token" => 510,
"trac_session" => 511,
"codexToken" => 512,
"codexUserId" => 513,
"codexUserName" => 514,
"comment_author_*" => 515,
"comment_author_url_*" => 516,
"wp-postpass_*" => 517,
"wp-settings-time-*" => 518,
"tix_view_token" => 519,
"jetpackState" => 520,
"jpp_math_pass" => 521,
"stnojs" => 522,
"wordpress_logged_in_*" => 523,
"wp_lang" => 524,
"cookiefirst-consent" => 525,
"_iub_cs-*" => 526,
"didomi_token" => 527,
"_global_lucky_opt_out" => 528,
"_lo_np_*" => 529,
"_lo_bn" => 530,
"_lo_cid" => 531,
"axeptio_authorized_vendors" => 532,
"axeptio_cookies" => 533,
"axeptio_all_vendors" => 534,
"borlabs-cookie" => 535,
"osano_consentmanager" => 536,
"osano_consentmanager_expdate" => 537,
"osano_consentmanager_uuid" => 538,
"cookieconsent_status" => 539,
"cookieconsent_page" => 540,
"__cmpconsent*" => 541,
"__cmpiab*" => 542,
"__cmpcpc*" => 543,
"__cmpccc*" => 544,
"__cmpwel*" => 545,
"__cmpiuid" => 546,
"__cmpcc" => 547,
"__cmpfcc" => 548,
"__cmpld" => 549,
"__cmpccpausps*" => 550,
"hu-consent" => 551,
"complianz_policy_id" => 552,
"complianz_consent_status" => 553,
"cmplz_marketing" => 554,
"cmplz_statistics" => 555,
"cmplz_preferences" => 556,
"cmplz_functional" => 557,
"cmplz_stats" => 558,
"cmplz_id" => 559,
"cmplz_user_data" => 560,
"cmplz_saved_services" => 561,
"cmplz_consented_services" => 562,
"cmplz_policy_id" => 563,
"cmplz_saved_categories" => 564,
"cmplz_banner-status" => 565,
"cookie_notice_accepted" => 566,
"moove_gdpr_popup" => 567,
"__tlbcpv" => 568,
"__tltpl_*" => 569,
"__tluid" => 570,
"pubconsent*" => 571,
"st_optout" => 572,
"pxcelAcc3PC" => 573,
"usprivacy*" => 574,
"euconsent*" => 575,
"fpestid" => 576,
"gig_canary_3*" => 577,
"gig_canary_ver*" => 578,
"glt_*" => 579,
"gig_last_ver_*" => 580,
"gig_loginToken_*" => 581,
"_gig_shareUI_cb_*" => 582,
"gig_toggles" => 583,
"gig3pc" => 584,
"gig3pctest" => 585,
"glnk" => 586,
"gst" => 587,
"GSLM_*" => 588,
"SAML_*" => 589,
"gltexp_*" => 590,
"ua_*" => 591,
"pmaAuth-*" => 592,
"phpMyAdmin" => 593,
"pmaUser-*" => 594,
"pma_lang" => 595,
"plesk-items-per-page" => 596,
"plek-list-type" => 597,
"plesk-sort-dir" => 598,
"plesk-sort-field" => 599,
"sites-active-list-state-collapsed" => 600,
"lists-state" => 601,
"fe_typo_user" => 602,
"be_typo_user" => 603,
"Typo3InstallTool" => 604,
"be_lastLoginProvider" => 605,
"Datadome" => 606,
"_pbjs_userid_consent_data" => 607,
"fastclick" => 608,
"lhc_per" => 609,
"lhc_ldep" => 610,
"lhc_ses" => 611,
"_ym_debug" => 612,
"_ym_hostIndex" => 613,
"_KMPage*" => 614,
"_KnowledgePageDispatcher*" => 615,
"_KnowledgePageFilter*" => 616,
"_KnowledgePageFilterArticleArticleType*" => 617,
"_KnowledgePageFilterArticlePublishStatus*" => 618,
"_KnowledgePageFilterArticleValidationStatus*" => 619,
"_KnowledgePageFilterLanguage*" => 620,
"_KnowledgePageFilterMyDraftArticleType*" => 621,
"_KnowledgePageFilterMyDraftValidationStatus*" => 622,
"_KnowledgePageSortFieldArticle*" => 623,
"_KnowledgePageSortFieldMyDraft*" => 624,
"_spring_KmMlAnyoneDraftArticlesList*" => 625,
"_spring_KmMlArchivedArticlesList*" => 626,
"_spring_KmMlMyDraftArticlesList*" => 627,
"_spring_KmMlMyDraftTranslationsList*" => 628,
"_spring_KmMlPublishedArticlesList*" => 629,
"_spring_KmMlPublishedTranslationsList*" => 630,
"_sid*" => 631,
"activeView" => 632,
"autocomplete" => 633,
"BAYEAX_BROWSER" => 634,
"caPanelState" => 635,
"renderCtx" => 636,
"force-stream" => 637,
"sfdc-stream" => 638,
"BrowserId_sec" => 639,
"BrowserId" => 640,
"QCQQ" => 641,
"sid_Client" => 642,
"rsid" => 643,
"rsid2" => 644,
"RRetURL" => 645,
"RRetURL2" => 646,
"alohaEpt" => 647,
"clientSrc" => 648,
"cookieSettingVerified" => 649,
"cordovaVersion" => 650,
"cqcid" => 651,
"csssid" => 652,
"csssid_Client" => 653,
"disco" => 654,
"FedAuth" => 655,
"gTalkCollapsed" => 656,
"guest_uuid_essential_*" => 657,
"hideDevelopmentTools" => 658,
"hideIdentityDialog" => 659,
"ideaToggle" => 660,
"inst" => 661,
"iotcontextsplashdisable" => 662,
"lastlist" => 663,
"liveagent_invite_rejected_" => 664,
"liveagent_sid" => 665,
"lloopch_loid" => 666,
"login" => 667,
"pc-unit" => 668,
"PreferredLanguage" => 669,
"redirectionWarning" => 670,
"schgtclose" => 671,
"sfdc_lv2" => 672,
"showNewBuilderWarningMessage" => 673,
"sidebarPinned" => 674,
"ssostartpage" => 675,
"SUCSP" => 676,
"SUPRM" => 677,
"t" => 678,
"useStandbyUrl" => 679,
"waveUserPrefFinderLeftNav" => 680,
"webact" => 681,
"WelcomePanel" => 682,
"__Host-ERIC_PROD-*" => 683,
"SetupDomainProbePassed" => 684,
"cookieyesID" => 685,
"cky-consent" => 686,
"cookieyes-necessary" => 687,
"cookieyes-functional" => 688,
"cookieyes-analytics" => 689,
"cookieyes-advertisement" => 690,
"cookieyes_privacy_policy_generator_session" => 691,
"cky-action" => 692,
"cookieyes-performance" => 693,
"cookieyes-consent" => 694,
"JSESSIONID*" => 695,
"SSLB" => 696,
"SSPV" => 697,
"SSRT" => 698,
"SSSC" => 699,
"ep201" => 700,
"ep202" => 701,
"RP_*" => 702,
"sso_user" => 703,
"CX_*" => 704,
"P_*" => 705,
"sm_rec" => 706,
"RE_*" => 707,
"REPID_*" => 708,
"xf_consent" => 709,
"xf_dbWriteForced" => 710,
"xf_language_id" => 711,
"xf_ls" => 712,
"xf_notice_dismiss" => 713,
"xf_push_notice_dismiss" => 714,
"xf_push_subscription_updated" => 715,
"xf_session" => 716,
"xf_tfa_trust" => 717,
"xf_toggle" => 718,
"xf_user" => 719,
"xf_emoji_usage" => 720,
"xf_from_search" => 721,
"CookieScriptConsent" => 722,
"rack.session" => 723,
"xbc" => 724,
"__tbc" => 725,
"__pls" => 726,
"__tac" => 727,
"pnespsdk_ssn" => 728,
"__utp" => 729,
"__pil" => 730,
"__pid" => 731,
"__idr" => 732,
"__eea" => 733,
"__code" => 734,
"__bid" => 735,
"__ut" => 736,
"__pnahc" => 737,
"LANG" => 738,
"LANG_CHANGED" => 739,
"_pctx" => 740,
"_pprv" => 741,
"_pcid" => 742,
"COOKIELAW_ADS" => 743,
"COOKIELAW_SOCIAL" => 744,
"COOKIELAW_STATS" => 745,
"CookieControl" => 746,
"HACIVICLB" => 747,
"HACIVIC" => 748,
"HAAPPLB" => 749,
"CGISESSID" => 750,
"NSC_*" => 751,
"loginnotify_prevlogins" => 752,
"stopMobileRedirect" => 753,
"_vf_rd_test*" => 754,
"VfSess" => 755,
"VfRefresh" => 756,
"VfAccess*" => 757,
"vfThirdpartyCookiesEnabled" => 758,
"_zendesk_cookie" => 759,
"zte2095" => 760,
"__zlcprivacy" => 761,
"__zlcmid" => 762,
"_answer_bot_service_session" => 763,
"ZD-zE_oauth" => 764,
"_zendesk_session" => 765,
"zendesk_thirdparty_test" => 766,
"_zendesk_shared_session" => 767,
"_zendesk_authenticated" => 768,
"_help_center_session" => 769,
"_zendesk_nps_session" => 770,
"ZD-settings" => 771,
"ZD-store" => 772,
"ZD-widgetOpen" => 773,
"ZD-launcherLabelRemoved" => 774,
"_zdsession_talk_embeddables_service" => 775,
"RT" => 776,
"api_token" => 777,
"unique_id" => 778,
"unique_id_durable" => 779,
"session_unique_id" => 780,
"server_session_id" => 781,
"twitch.lohp.countryCode" => 782,
"enable-compact-scene-listing" => 783,
"videoChat.notice_dismissed" => 784,
"chat_rules_shown" => 785,
"algoliasearch-client-js" => 786,
"device_id" => 787,
"referrer_url" => 788,
"sentry_device_id" => 789,
"session_storage_last_visited_twitch_url" => 790,
"local_storage_app_session_id" => 791,
"ce_login" => 792,
"ceac" => 793,
"cean" => 794,
"cehc" => 795,
"celi" => 796,
"cean_assoc" => 797,
"first_snapshot_url" => 798,
"sharing_*" => 799,
"ce_sid" => 800,
"cecu" => 801,
"TiPMix" => 802,
"x-ms-routing-name" => 803,
"muxData" => 804,
"wistia-http2-push-disabled" => 805,
"wistia" => 806,
"wistia-video-progress-*" => 807,
"DYID" => 808,
"_dyid" => 809,
"_dyid_server" => 810,
"DYSES" => 811,
"_dyjsession" => 812,
"_dycnst" => 813,
"_dy_ses_load_seq" => 814,
"_dy_soct" => 815,
"_dy_toffset" => 816,
"dy_fs_page" => 817,
"mid" => 818,
"_parsely_visitor" => 819,
"_parsely_tpa_blocked" => 820,
"_parsely_slot_click" => 821,
"_parsely_session" => 822,
"test" => 823,
"codepen_session" => 824,
"codepen_signup_referrer" => 825,
"codepen_signup_referrer_date" => 826,
"color_mode" => 827,
"_device_id" => 828,
"dotcom_user" => 829,
"enterprise_trial_redirect_to" => 830,
"fileTreeExpanded" => 831,
"ghcc" => 832,
"_gh_ent" => 833,
"_gh_sess" => 834,
"gist_user_session" => 835,
"has_recent_activity" => 836,
"__Host-gist_user_session_same_site" => 837,
"marketplace_repository_ids" => 838,
"marketplace_suggested_target_id" => 839,
"org_transform_notice" => 840,
"private_mode_user_session" => 841,
"saml_return_to" => 842,
"saml_return_to_legacy" => 843,
"show_cookie_banner" => 844,
"tz" => 845,
"user_session" => 846,
"_conv_r" => 847,
"_conv_s" => 848,
"_conv_v" => 849,
"QSI_S_*" => 850,
"QST" => 851,
"QSI_CT" => 852,
"QSI_DATA" => 853,
"QSI_ReplaySession_Throttled_*" => 854,
"QSI_ReplaySession_SampledOut_*" => 855,
"_form_fields" => 856,
"NEXT_LOCALE" => 857,
"b925d32c" => 858,
"ssoCSRFCookie" => 859,
"p23mn32t" => 860,
"l34kn6no" => 861,
"a69k21bb" => 862,
"cgq80xhu" => 863,
"72ddbc27" => 864,
"kj76fg4h" => 865,
"tc_test_cookie" => 866,
"TCIPD" => 867,
"TC_PRIVACY" => 868,
"TC_PRIVACY_CENTER" => 869,
"TC_OUTPUT" => 870,
"tc_sample_" => 871,
"TC_CHECK_COOKIES_SUPPORT" => 872,
"FDLBFIRSTAPI" => 873,
"FDLBFIRSTDATA" => 874,
"FDLBFIRSTCAMPAIGN" => 875,
"FDLBFIRSTCAMPAIGNEF" => 876,
"FDLBCAMPAIGNCDOM" => 877,
"FDLBFIRSTTMS" => 878,
"FDLBFIRSTCMP" => 879,
"FDLBFIRST" => 880,
"FDLBCTLY" => 881,
"FDLBFIRSTEVENTS" => 882,
"tc_caids" => 883,
"tc_ss*" => 884,
"pxid" => 885,
"permutive-id" => 886,
"tf_respondent_cc" => 887,
"privacypillar-google-consent" => 888,
"privacypillar-cookie-consent" => 889,
"_rp_uid" => 890,
"aw_popup_viewed_page" => 891,
"__Secure-next-auth.callback-url" => 892,
"__Host-next-auth.csrf-token" => 893,
"cookies-analytics" => 894,
"cookies-marketing" => 895,
"cookies-preferences" => 896,
"__next_*" => 897,
"drift_*" => 898,
"tawk_*" => 899,
"lc_*" => 900,
"td" => 901,
"_ga" => 902,
"_gali" => 903,
"_ga_*" => 904,
"_gid" => 905,
"_gat*" => 906,
"_dc_gtm_*" => 907,
"_gat_gtag_*" => 908,
"__utma" => 909,
"__utmt" => 910,
"__utmb" => 911,
"__utmc" => 912,
"__utmz" => 913,
"__utmv" => 914,
"__utmx" => 915,
"__utmxx" => 916,
"FPID" => 917,
"FPLC" => 918,
"_opt_awkid" => 919,
"_opt_awgid" => 920,
"_gaexp_rc" => 921,
"_opt_awcid" => 922,
"_opt_expid" => 923,
"FCCDCF" => 924,
"FCNEC" => 925,
"S1" => 926,
"C1" => 927,
"s_cc" => 928,
"s_sq" => 929,
"s_vi*" => 930,
"s_fid" => 931,
"fid" => 932,
"s_ppv" => 933,
"s_tp" => 934,
"_clck" => 935,
"_clsk" => 936,
"SM" => 937,
"CLID" => 938,
"MicrosoftApplicationsTelemetryDeviceId" => 939,
"X-FD-FEATURES*" => 940,
"__insp_pad" => 941,
"__insp_sid" => 942,
"__insp_ref" => 943,
"__insp_scpt" => 944,
"__insp_nv" => 945,
"__insp_wid" => 946,
"__insp_uid" => 947,
"__insp_dct" => 948,
"__insp_norec_sess" => 949,
"__insp_slim" => 950,
"__insp_targlpu" => 951,
"jasx_pool_id" => 952,
"tv_spot_tracker" => 953,
"_hjHasCachedUserAttributes" => 954,
"_hjid" => 955,
"hj_visitor" => 956,
"_hjIncludedInSample" => 957,
"_hjClosedSurveyInvites" => 958,
"_hjDonePolls" => 959,
"_hjMinimizedPolls" => 960,
"_hjDoneTestersWidgets" => 961,
"_hjMinimizedTestersWidgets" => 962,
"_hjCachedUserAttributes" => 963,
"ELOQUA" => 964,
"ELQSTATUS" => 965,
"AnalyticsSyncHistory" => 966,
"ln_or" => 967,
"l_page" => 968,
"queryString" => 969,
"VID" => 970,
"sharebox-suggestion" => 971,
"lss_bundle_viewer" => 972,
"interstitial_page_reg_oauth_url" => 973,
"df_ts" => 974,
"li_feed_xray" => 975,
"oribi_user_guid" => 976,
"oribi_cookie_test" => 977,
"aws-target-visitor-id" => 978,
"f5_cspm" => 979,
"vs" => 980,
"pbw" => 981,
"abLdr" => 982,
"abMbl" => 983,
"tb_click_param" => 984,
"picreel_tracker__visited" => 985,
"picreel_tracker__first_visit" => 986,
"picreel_tracker__page_views" => 987,
"picreel_new_price" => 988,
"__auc" => 989,
"ajs_user_id" => 990,
"ajs_anonymous_id" => 991,
"ajs_group_id" => 992,
"__asc" => 993,
"_pk_id*" => 994,
"_pk_ref*" => 995,
"_pk_ses*" => 996,
"_pk_cvar" => 997,
"_pk_hsr*" => 998,
"_pk_testcookie*" => 999,
"mtm_consent_removed" => 1000,
"mtm_cookie_consent" => 1001,
"matomo_ignore" => 1002,
"matomo_sessid" => 1003,
"_wepublishGa" => 1004,
"_wepublishGa_gid" => 1005,
"_y" => 1006,
"tracked_start_checkout" => 1007,
"ki_r" => 1008,
"ki_t" => 1009,
"_Brochure_session" => 1010,
"shop_analytics" => 1011,
"sd_identity" => 1012,
"sd_client_id" => 1013,
"sbjs_udata" => 1014,
"sbjs_first" => 1015,
"sbjs_current" => 1016,
"sbjs_first_add" => 1017,
"sbjs_current_add" => 1018,
"sbjs_migrations" => 1019,
"usersync" => 1020,
"pses" => 1021,
"CMSLandingPageLoaded" => 1022,
"CMSUserPage" => 1023,
"CurrentContact" => 1024,
"_vwo_sn" => 1025,
"_vwo_ds" => 1026,
"_vwo_referrer" => 1027,
"stg_traffic_source_priority" => 1028,
"stg_last_interaction" => 1029,
"stg_returning_visitor" => 1030,
"stg_externalReferrer" => 1031,
"_pk_id.*" => 1032,
"_pk_ses.*" => 1033,
"ppms_privacy_*" => 1034,
"ppms_privacy_bar_*" => 1035,
"stg_fired__*" => 1036,
"stg_utm_campaign" => 1037,
"stg_pk_campaign" => 1038,
"stg_global_opt_out" => 1039,
"nmstat" => 1040,
"sp" => 1041,
"_sp_id.*" => 1042,
"_sp_ses.*" => 1043,
"BVBRANDSID" => 1044,
"acalltrackerreferrer" => 1045,
"tawkUUID" => 1046,
"ABTasty" => 1047,
"ABTastySession" => 1048,
"Pastease.passive.activated*" => 1049,
"AFFICHE_W" => 1050,
"_ALGOLIA" => 1051,
"ahoy_visit" => 1052,
"ahoy_visitor" => 1053,
"atuserid" => 1054,
"ezoadgid_*" => 1055,
"ezopvc_*" => 1056,
"ezoref_*" => 1057,
"ezouid_*" => 1058,
"ezovid_*" => 1059,
"ezovuuid_*" => 1060,
"ezovuuidtime_*" => 1061,
"ezux_et_*" => 1062,
"ezux_ifep_*" => 1063,
"ezux_lpl_*" => 1064,
"ezux_tos_*" => 1065,
"ab.storage.sessionId.*" => 1066,
"tk_qs" => 1067,
"tk_r3d" => 1068,
"tk_tc" => 1069,
"camptix_client_stats" => 1070,
"_lo_uid" => 1071,
"_lo_rid" => 1072,
"__lotl" => 1073,
"__lotr" => 1074,
"pxcelBcnLcy" => 1075,
"pxcelPage*" => 1076,
"mc_cid" => 1077,
"mc_landing_site" => 1078,
"adhese2" => 1079,
"_chartbeat*" => 1080,
"_SUPERFLY_nosample" => 1081,
"_ym_metrika_enabled" => 1082,
"_ym_isad" => 1083,
"_ym_uid" => 1084,
"_ym_d" => 1085,
"_ym_visorc_*" => 1086,
"yandexuid" => 1087,
"yuidss" => 1088,
"ymex" => 1089,
"usst" => 1090,
"is_gdpr_b" => 1091,
"is_gdpr" => 1092,
"yabs-vdrf" => 1093,
"bh" => 1094,
"_yasc" => 1095,
"auraBrokenDefGraph" => 1096,
"calViewState" => 1097,
"pctrk" => 1098,
"pi_opt_in" => 1099,
"pa_user" => 1100,
"cX_P" => 1101,
"pnespsdk_push_subscription_added" => 1102,
"__pvi" => 1103,
"DotMetrics.SessionCookieTemp" => 1104,
"DotMetrics.UniqueUserIdentityCookie" => 1105,
"DotMetrics.DeviceKey" => 1106,
"DotMetrics.SessionCookieTempTimed" => 1107,
"__gfp_64b" => 1108,
"__gfp_s_64b" => 1109,
"Gdyn" => 1110,
"dm_timezone_offset" => 1111,
"dm_last_visit" => 1112,
"dm_total_visits" => 1113,
"dm_last_page_view" => 1114,
"dm_this_page_view" => 1115,
"intercom-id-*" => 1116,
"intercom-session-*" => 1117,
"intercom-device-id-*" => 1118,
"mp_*" => 1119,
"client_bslstaid" => 1120,
"client_bslstmatch" => 1121,
"client_bslstsid" => 1122,
"centralnotice_bucket" => 1123,
"GeoIP" => 1124,
"NetWorkProbeLimit" => 1125,
"ablyft_exps" => 1126,
"ablyft_queue" => 1127,
"ablyft_uvs" => 1128,
"ablyft_tracking_consent" => 1129,
"_bit" => 1130,
"yieldmo_id" => 1131,
"_vfa" => 1132,
"_vfb" => 1133,
"_vfz" => 1134,
"_ut*" => 1135,
"_s*" => 1136,
"_lv*" => 1137,
"_nrbi" => 1138,
"compass_sid" => 1139,
"compass_uid" => 1140,
"___m_rec" => 1141,
"_zdshared_user_session_analytics" => 1142,
"ZD-suid" => 1143,
"ZD-buid" => 1144,
"TAUnique" => 1145,
"TAReturnTo" => 1146,
"_ceir" => 1147,
"_CEFT" => 1148,
"_cer.v" => 1149,
"_ce.cch" => 1150,
"_ce.gtld" => 1151,
"ce_successful_csp_check" => 1152,
"cebs" => 1153,
"cebsp_" => 1154,
"_ce.clock_event" => 1155,
"_ce.clock_data" => 1156,
"_ce.irv" => 1157,
"ceft_variant_override" => 1158,
"_dy_csc_ses" => 1159,
"_dycmc" => 1160,
"_dy_df_geo" => 1161,
"_dy_geo" => 1162,
"_dycst" => 1163,
"rl_user_id" => 1164,
"rl_trait" => 1165,
"rl_anonymous_id" => 1166,
"rl_group_id" => 1167,
"rl_group_trait" => 1168,
"rl_page_init_referrer" => 1169,
"rl_page_init_referring_domain" => 1170,
"test_rudder_cookie" => 1171,
"rl_auth_token" => 1172,
"_biz_uid" => 1173,
"_biz_nA" => 1174,
"_biz_flagsA" => 1175,
"_biz_pendingA" => 1176,
"_biz_ABTestA" => 1177,
"_biz_su" => 1178,
"_biz_EventA" => 1179,
"_cs_c" => 1180,
"_cs_cvars" => 1181,
"_cs_id" => 1182,
"_cs_s" => 1183,
"__CT_Data" => 1184,
"_CT_RS_" => 1185,
"WRUID" => 1186,
"_cs_ex" => 1187,
"_cs_optout" => 1188,
"_cs_root-domain" => 1189,
"WRIgnore" => 1190,
"WRBlock" => 1191,
"_cs_same_site" => 1192,
"_cs_debug" => 1193,
"_hjasCachedUserAttributes" => 1194,
"_hjUserAttrbutesHash" => 1195,
"_hjUserAttributes" => 1196,
"_hp2_hld" => 1197,
"_hp5_event_props.*" => 1198,
"_hp5_meta.*" => 1199,
"_cs_mk_aa" => 1200,
"_cs_mk_ga" => 1201,
"_cs_tld*" => 1202,
"_octo" => 1203,
"AMP_*" => 1204,
"AMP_MKTG_*" => 1205,
"amplitude_id_*" => 1206,
"amplitude_test*" => 1207,
"QSI_HistorySession" => 1208,
"QSI_OptInIDsAndWindowNames" => 1209,
"QSI_OptInIDsAndTargetOrigins" => 1210,
"SiteReferrer" => 1211,
"PageReferrer" => 1212,
"SearchTerm" => 1213,
"FocusTime" => 1214,
"BlurTime" => 1215,
"SISessID" => 1216,
"CPSessID" => 1217,
"QSI_ReplaySession_Info_*" => 1218,
"QSI_TestSessions_*" => 1219,
"QSI_SI_*" => 1220,
"c-referrer" => 1221,
"c-signup" => 1222,
"c-plan" => 1223,
"cognito.services.a" => 1224,
"cognito.organization" => 1225,
"dtCookie*" => 1226,
"dtLatC*" => 1227,
"dtPC*" => 1228,
"dtSa" => 1229,
"dtValidationCookie" => 1230,
"dtDisabled" => 1231,
"rxvt" => 1232,
"TCAUDIENCE" => 1233,
"_TCCookieSync" => 1234,
"_hp2_id" => 1235,
"_hp2_ses_props" => 1236,
"Hm_lpvt_" => 1237,
"HMACCOUNT" => 1238,
"plausible_*" => 1239,
"_fathom*" => 1240,
"umami.*" => 1241,
"_gac_*" => 1242,
"Conversion" => 1243,
"_gcl_aw" => 1244,
"_gcl_gs" => 1245,
"_gcl_gb" => 1246,
"_gac_gb_*" => 1247,
"FPGCLGB" => 1248,
"FPGCLAW" => 1249,
"ADS_VISITOR_ID" => 1250,
"__Secure-3PSIDCC" => 1251,
"__Secure-3PSIDTS" => 1252,
"__Secure-1PSIDTS" => 1253,
"__Secure-1PAPISID" => 1254,
"__Secure-3PSID" => 1255,
"__Secure-1PSID" => 1256,
"__Secure-1PSIDCC" => 1257,
"__Secure-3PAPISID" => 1258,
"PAIDCONTENT" => 1259,
"_gcl_ha" => 1260,
"_gcl_gf" => 1261,
"__gpi" => 1262,
"__gpi_optout" => 1263,
"GED_PLAYLIST_ACTIVITY" => 1264,
"ACLK_DATA" => 1265,
"AdID" => 1266,
"DSID" => 1267,
"gac" => 1268,
"1P_JAR" => 1269,
"AID" => 1270,
"SID" => 1271,
"HSID" => 1272,
"APISID" => 1273,
"SAPISID" => 1274,
"SSID" => 1275,
"SIDCC" => 1276,
"OTZ" => 1277,
"A" => 1278,
"DV" => 1279,
"NID" => 1280,
"FPGCLDC" => 1281,
"_gcl_au" => 1282,
"_gcl_dc" => 1283,
"_dcid" => 1284,
"SNID" => 1285,
"cookies_accepted" => 1286,
"GN_PREF" => 1287,
"OSID" => 1288,
"__Secure-OSID" => 1289,
"LSID" => 1290,
"COMPASS" => 1291,
"UULE" => 1292,
"OGPC" => 1293,
"IDE" => 1294,
"ID" => 1295,
"RUL" => 1296,
"FLC" => 1297,
"__gads" => 1298,
"ar_debug" => 1299,
"APC" => 1300,
"s_ecid" => 1301,
"demdex" => 1302,
"dextp" => 1303,
"dst" => 1304,
"_dp" => 1305,
"aam_uuid" => 1306,
"AMCV_*" => 1307,
"AMCVS_*" => 1308,
"mbox" => 1309,
"dpm" => 1310,
"TPC" => 1311,
"C" => 1312,
"cid" => 1313,
"GCM" => 1314,
"CM" => 1315,
"CM14" => 1316,
"token" => 1317,
"otsid" => 1318,
"adtrc" => 1319,
"SR*" => 1320,
"EBFCD*" => 1321,
"EBFC*" => 1322,
"CFFC*" => 1323,
"DigiTrust.v1.identity" => 1324,
"adformfrpid" => 1325,
"lu" => 1326,
"xs" => 1327,
"m_user" => 1328,
"pl" => 1329,
"dbln" => 1330,
"aks" => 1331,
"aksb" => 1332,
"sfau" => 1333,
"ick" => 1334,
"csm" => 1335,
"s" => 1336,
"datr" => 1337,
"sb" => 1338,
"fr" => 1339,
"ddid" => 1340,
"locale" => 1341,
"_fbp" => 1342,
"_fbc" => 1343,
"js_ver" => 1344,
"rc" => 1345,
"campaign_click_url" => 1346,
"usida" => 1347,
"fl_inst" => 1348,
"pcc2" => 1349,
"trc" => 1350,
"tuuid" => 1351,
"ad2" => 1352,
"MR" => 1353,
"MUID" => 1354,
"MUIDB" => 1355,
"MC1" => 1356,
"MSFPC" => 1357,
"_uetsid" => 1358,
"_uetvid" => 1359,
"ANON" => 1360,
"CC" => 1361,
"NAP" => 1362,
"MH" => 1363,
"kcdob" => 1364,
"kcrelid" => 1365,
"kcru" => 1366,
"pcfm" => 1367,
"ToptOut" => 1368,
"ACH01" => 1369,
"_RwBf" => 1370,
"_HPVN" => 1371,
"OID" => 1372,
"OIDI" => 1373,
"OIDR" => 1374,
"BCP" => 1375,
"BFBUSR" => 1376,
"BFB" => 1377,
"ACL" => 1378,
"ACLUSR" => 1379,
"MSPTC" => 1380,
"_u" => 1381,
"guest_id" => 1382,
"personalization_id" => 1383,
"ct0" => 1384,
"gt" => 1385,
"guest_id_ads" => 1386,
"muc_ads" => 1387,
"_twitter_sess" => 1388,
"ads_prefs" => 1389,
"auth_token" => 1390,
"dnt" => 1391,
"eu_cn" => 1392,
"external_referer" => 1393,
"kdt" => 1394,
"rweb_optin" => 1395,
"syndication_guest_id" => 1396,
"twid" => 1397,
"tfw_exp" => 1398,
"ccec_user" => 1399,
"GPS" => 1400,
"VISITOR_INFO1_LIVE" => 1401,
"VISITOR_PRIVACY_METADATA" => 1402,
"__Secure-ROLLOUT_TOKEN" => 1403,
"__adm_ui" => 1404,
"__adm_uiex" => 1405,
"__adm_usyncc" => 1406,
"uids" => 1407,
"__uin_bw" => 1408,
"__uir_bw" => 1409,
"__uis" => 1410,
"HAPLB5S" => 1411,
"__uir_mm" => 1412,
"HAPLB8*" => 1413,
"__uin_rh" => 1414,
"__uir_rh" => 1415,
"HAPLB3A" => 1416,
"_dbefe" => 1417,
"ac_enable_tracking" => 1418,
"prism_*" => 1419,
"bcookie" => 1420,
"bscookie" => 1421,
"trkCode" => 1422,
"trkInfo" => 1423,
"li_oatml" => 1424,
"liap" => 1425,
"lissc" => 1426,
"spectroscopyId" => 1427,
"UserMatchHistory" => 1428,
"li_sugr" => 1429,
"lms_ads" => 1430,
"_guid" => 1431,
"BizographicsOptOut" => 1432,
"IRLD" => 1433,
"ABSELB" => 1434,
"brwsr" => 1435,
"ad-id" => 1436,
"ad-privacy" => 1437,
"__trf.src" => 1438,
"CMID" => 1439,
"CMPRO" => 1440,
"CMPS" => 1441,
"CMRUM3" => 1442,
"CMST" => 1443,
"cookieJartestCookie" => 1444,
"apnxs" => 1445,
"criteo" => 1446,
"mdfrc" => 1447,
"adrl" => 1448,
"ttd" => 1449,
"recs" => 1450,
"bdswch" => 1451,
"obsessionid-*" => 1452,
"opout" => 1453,
"europe" => 1454,
"ref-" => 1455,
"unifiedPixel" => 1456,
"dicbo_id" => 1457,
"jpxumaster" => 1458,
"jpxumatched" => 1459,
"PUBMDCID" => 1460,
"SPugT" => 1461,
"KADUSERCOOKIE" => 1462,
"PUBRETARGET" => 1463,
"KCCH" => 1464,
"SyncRTB*" => 1465,
"DPSync*" => 1466,
"ADUSERCOOKIE" => 1467,
"PugT" => 1468,
"KRTBCOOKIE_*" => 1469,
"USCC" => 1470,
"DPPIX_ON" => 1471,
"SYNCUPPIX_ON" => 1472,
"camfreq_*" => 1473,
"DPFQ" => 1474,
"pi" => 1475,
"id5" => 1476,
"cip" => 1477,
"car" => 1478,
"callback" => 1479,
"cnac" => 1480,
"cf" => 1481,
"3pi" => 1482,
"UIDR" => 1483,
"UID" => 1484,
"XID" => 1485,
"SEUNCY" => 1486,
"ljt_reader" => 1487,
"rek_content" => 1488,
"um" => 1489,
"umeh" => 1490,
"BSWtracker" => 1491,
"_rxuuid" => 1492,
"AA003" => 1493,
"ATN" => 1494,
"tt_viewer" => 1495,
"tt_bluekai" => 1496,
"tt_liveramp" => 1497,
"tt_neustar" => 1498,
"tt_salesforce" => 1499,
"um2" => 1500,
"tuuid_lu" => 1501,
"uu" => 1502,
"cct" => 1503,
"tu" => 1504,
"betweendigital.com" => 1505,
"st_csd" => 1506,
"st_cs" => 1507,
"st_uid" => 1508,
"st_cnt" => 1509,
"st_chc" => 1510,
"st_ssp" => 1511,
"cnfq" => 1512,
"lcsrc" => 1513,
"gid" => 1514,
"csfq" => 1515,
"partner-*" => 1516,
"Pwb" => 1517,
"sasd" => 1518,
"sasd2" => 1519,
"TestIfCookie" => 1520,
"csync" => 1521,
"TestIfCookieP" => 1522,
"pid" => 1523,
"lcsrd" => 1524,
"unruly_m*" => 1525,
"_li_ss" => 1526,
"tluid" => 1527,
"tluidp" => 1528,
"optout" => 1529,
"sync" => 1530,
"t_gid" => 1531,
"taboola_session_id" => 1532,
"i" => 1533,
"univ_id" => 1534,
"pd" => 1535,
"OAID" => 1536,
"OAGEO*" => 1537,
"DG_HID" => 1538,
"DG_IID" => 1539,
"DG_SID" => 1540,
"DG_UID" => 1541,
"DG_ZID" => 1542,
"advst_uid_11" => 1543,
"DSP_UID" => 1544,
"_cc_aud" => 1545,
"_cc_cc" => 1546,
"_cc_id" => 1547,
"panoramaId" => 1548,
"panoramaId_expiry" => 1549,
"panoramaId_expiry_exp" => 1550,
"_cc_domain" => 1551,
"_cc_dc" => 1552,
"ab" => 1553,
"bkdc" => 1554,
"bku" => 1555,
"bkpa" => 1556,
"everest_session_v2" => 1557,
"ev_tm" => 1558,
"_tmae" => 1559,
"_lcc" => 1560,
"ev_sync_ax" => 1561,
"ev_sync_bk" => 1562,
"ev_sync_dd" => 1563,
"ev_sync_fs" => 1564,
"ev_sync_ix" => 1565,
"ev_sync_nx" => 1566,
"ev_sync_ox" => 1567,
"ev_sync_rc" => 1568,
"ev_sync_tm" => 1569,
"ev_sync_yh" => 1570,
"adcloud" => 1571,
"id_adcloud" => 1572,
"mt_misc" => 1573,
"mt_mop" => 1574,
"uuidc" => 1575,
"pl_user_id" => 1576,
"pxrc" => 1577,
"rlas3" => 1578,
"TapAd_DID" => 1579,
"TapAd_TS" => 1580,
"TDCPM" => 1581,
"TDID" => 1582,
"uid-bp-*" => 1583,
"MRM_UID" => 1584,
"zc" => 1585,
"zsc" => 1586,
"zi" => 1587,
"idp" => 1588,
"zuc" => 1589,
"amplitude_id*" => 1590,
"_ljtrtb_*" => 1591,
"ljtrtb" => 1592,
"uuid" => 1593,
"_pin_unauth" => 1594,
"_pinterest_ct_ua" => 1595,
"sessionFunnelEventLogged" => 1596,
"_routing_id" => 1597,
"_derived_epik" => 1598,
"_pinterest_ct_rt" => 1599,
"_epik" => 1600,
"_mb" => 1601,
"koitk" => 1602,
"__ss_referrer" => 1603,
"__ss_tk" => 1604,
"__ss" => 1605,
"datatrics_optin" => 1606,
"datatricsDebugger" => 1607,
"datatrics_customData" => 1608,
"_mkto_trk" => 1609,
"optimizelyEndUserId" => 1610,
"optimizelyRedirectData" => 1611,
"optimizelyDomainTestCookie" => 1612,
"optimizelyOptOut" => 1613,
"app_ts" => 1614,
"spx_ts" => 1615,
"adx_ts" => 1616,
"id_ts" => 1617,
"svSession" => 1618,
"_landing_page" => 1619,
"_orig_referrer" => 1620,
"__hstc" => 1621,
"hubspotutk" => 1622,
"__hssc" => 1623,
"__hssrc" => 1624,
"messagesUtk" => 1625,
"hubspotapi" => 1626,
"edgebucket" => 1627,
"initref" => 1628,
"_rdt_uuid" => 1629,
"anj" => 1630,
"icu" => 1631,
"XANDR_PANID" => 1632,
"sc_at" => 1633,
"sc-a-nonce" => 1634,
"zc_show" => 1635,
"zc_loc" => 1636,
"pa_rubicon_ts" => 1637,
"pa_google_ts" => 1638,
"pa_twitter_ts" => 1639,
"pa_yahoo_ts" => 1640,
"pa_openx_ts" => 1641,
"mailmunch_second_pageview" => 1642,
"_mailmunch_visitor_id" => 1643,
"tPHG-PS" => 1644,
"digitalAudience" => 1645,
"_omappvs" => 1646,
"_omappvp" => 1647,
"_lfa" => 1648,
"SnapABugHistory" => 1649,
"audience" => 1650,
"A3" => 1651,
"APID" => 1652,
"APIDTS" => 1653,
"IDSYNC" => 1654,
"A1" => 1655,
"A1S" => 1656,
"adaptv_unique_user_cookie" => 1657,
"cmp" => 1658,
"adsrcvw1" => 1659,
"migrated2y" => 1660,
"rtbData0" => 1661,
"rxx" => 1662,
"tearsheet" => 1663,
"unique_ad_source_impression" => 1664,
"axids" => 1665,
"GUC" => 1666,
"trc_cookie_storage" => 1667,
"tbla_id" => 1668,
"cref" => 1669,
"d" => 1670,
"__qca" => 1671,
"iutk" => 1672,
"BVID" => 1673,
"BVSID" => 1674,
"_li_id*" => 1675,
"_li_ses*" => 1676,
"acalltracker" => 1677,
"acalltrackernumber" => 1678,
"dc" => 1679,
"sqzl_abs" => 1680,
"sqzl_session_id" => 1681,
"sqzl_vw" => 1682,
"sqzllocal" => 1683,
"BCSessionID" => 1684,
"BCTempID" => 1685,
"BCReferrerOverrule" => 1686,
"BCRefusedObjectives" => 1687,
"BCRevision" => 1688,
"BCTracking" => 1689,
"bc_tstgrp" => 1690,
"__adal_ca" => 1691,
"__adal_cw" => 1692,
"__adal_id" => 1693,
"__adal_ses" => 1694,
"matchadform" => 1695,
"UserID1" => 1696,
"arcki2*" => 1697,
"__kla_id" => 1698,
"_ttp" => 1699,
"MONITOR_WEB_ID" => 1700,
"msToken" => 1701,
"ttwid" => 1702,
"ttcsid*" => 1703,
"ezosuibasgeneris-1" => 1704,
"v_usr" => 1705,
"idsync-bsw-uid-s" => 1706,
"done_redirects*" => 1707,
"vidoomy-uids" => 1708,
"viewer_token" => 1709,
"tk_lr" => 1710,
"__stidv" => 1711,
"khaos" => 1712,
"audit" => 1713,
"put_*" => 1714,
"rpb" => 1715,
"rpx" => 1716,
"c" => 1717,
"khaos_p" => 1718,
"audit_p" => 1719,
"tv_U*" => 1720,
"tvid" => 1721,
"apiDomain_*" => 1722,
"gig_bootstrap_*" => 1723,
"gig_hasGmid" => 1724,
"_gigRefUid_*" => 1725,
"gmid" => 1726,
"hasGmid" => 1727,
"ucid" => 1728,
"ozone_uid" => 1729,
"_BEAMER_FIRST_VISIT_*" => 1730,
"_BEAMER_USER_ID_*" => 1731,
"_BEAMER_DATE_*" => 1732,
"_BEAMER_LAST_POST_SHOWN_*" => 1733,
"_BEAMER_FILTER_BY_URL_*" => 1734,
"cap*" => 1735,
"pubmatic_uid" => 1736,
"improvedigital_uid" => 1737,
"rubicon_uid" => 1738,
"adform_uid" => 1739,
"appnexus_uid" => 1740,
"triplelift_uid" => 1741,
"adheseCustomer" => 1742,
"KelkooID" => 1743,
"_cio" => 1744,
"_cioanonid" => 1745,
"cioFT" => 1746,
"cioLT" => 1747,
"TXCSDMN_*" => 1748,
"TXCD" => 1749,
"rai-pltn-pl-*" => 1750,
"pdid" => 1751,
"data-*" => 1752,
"visitor-id" => 1753,
"gdpr_status" => 1754,
"mnet_session_depth" => 1755,
"cjae" => 1756,
"DotomiStatus" => 1757,
"DotomiSession_*" => 1758,
"DotomiSync" => 1759,
"dtm_token" => 1760,
"dtm_token_exp" => 1761,
"dtm_tcdata" => 1762,
"dtm_tcdata_exp" => 1763,
"dtm_token_sc" => 1764,
"dtm_user_id" => 1765,
"dtm_user_id_sc" => 1766,
"dtm_gdpr_delete" => 1767,
"dtm_gpc_optout" => 1768,
"pluto" => 1769,
"svid" => 1770,
"rts" => 1771,
"apex__EmailAddress" => 1772,
"oinfo" => 1773,
"expid_*" => 1774,
"_kuid_" => 1775,
"visitor_id*" => 1776,
"igodigitalstdomain" => 1777,
"igodigitalst_*" => 1778,
"igodigitaltc2" => 1779,
"usbls" => 1780,
"sailthru_content" => 1781,
"sailthru_pageviews" => 1782,
"sailthru_visitor" => 1783,
"IMRID" => 1784,
"ud" => 1785,
"udo" => 1786,
"EE" => 1787,
"_pcus" => 1788,
"cX_G" => 1789,
"gckp" => 1790,
"pnespsdk_pnespid" => 1791,
"ki_s" => 1792,
"opt_out" => 1793,
"visitor" => 1794,
"lkqdid" => 1795,
"lkqdidts" => 1796,
"33x_ps" => 1797,
"vglnk.Agent.p" => 1798,
"vglnk.PartnerRfsh.p" => 1799,
"deuxesse_uxid" => 1800,
"pid_short" => 1801,
"pid_signature" => 1802,
"ep" => 1803,
"_pangle" => 1804,
"u" => 1805,
"bitoIsSecure" => 1806,
"bito" => 1807,
"auid" => 1808,
"aum" => 1809,
"edsid" => 1810,
"ftid" => 1811,
"aniC" => 1812,
"version" => 1813,
"mics_vid" => 1814,
"mics_uaid" => 1815,
"mics_lts" => 1816,
"n360_thirtythreeacross" => 1817,
"n360-thirtythreeacross" => 1818,
"n360_appnexus" => 1819,
"n360-appnexus" => 1820,
"n360_bliink" => 1821,
"n360_amx" => 1822,
"n360-amx" => 1823,
"n360_adform" => 1824,
"n360-adform" => 1825,
"n360_adnuntius" => 1826,
"n360-adnuntius" => 1827,
"n360_adot" => 1828,
"n360-adot" => 1829,
"n360_adyoulike" => 1830,
"n360-adyoulike" => 1831,
"n360_connectad" => 1832,
"n360_conversant" => 1833,
"n360-conversant" => 1834,
"n360_cwire" => 1835,
"n360-cwire" => 1836,
"n360_firstid" => 1837,
"n360-firstid" => 1838,
"n360_freewheel" => 1839,
"n360-freewheel" => 1840,
"n360_fueldigitalmedia" => 1841,
"n360-fueldigitalmedia" => 1842,
"n360_fueldigitalix" => 1843,
"n360-fueldigitalix" => 1844,
"n360-fueldigital" => 1845,
"n360_gingerad" => 1846,
"n360-gingerad" => 1847,
"n360_goodad" => 1848,
"n360-goodad" => 1849,
"n360_gravity" => 1850,
"n360-gravity" => 1851,
"n360_groupm" => 1852,
"n360-groupm" => 1853,
"n360_improve" => 1854,
"n360-improve" => 1855,
"n360-ix" => 1856,
"n360_medianet" => 1857,
"n360-medianet" => 1858,
"n360_moneytag" => 1859,
"n360-moneytag" => 1860,
"n360_nextmillennium" => 1861,
"n360-nextmillennium" => 1862,
"n360_onetag" => 1863,
"n360-onetag" => 1864,
"n360_openx" => 1865,
"n360-openx" => 1866,
"n360-outbrain" => 1867,
"n360_plista" => 1868,
"n360-plista" => 1869,
"n360_pubmatic" => 1870,
"n360-pubmatic" => 1871,
"n360_pulsepoint" => 1872,
"n360-pulsepoint" => 1873,
"n360_quantum" => 1874,
"n360-quantum" => 1875,
"n360_richaudience" => 1876,
"n360-richaudience" => 1877,
"n360_rtbhouse" => 1878,
"n360_rubicon" => 1879,
"n360-rubicon" => 1880,
"n360_sharethrough" => 1881,
"n360-sharethrough" => 1882,
"n360_smaato" => 1883,
"n360-smaato" => 1884,
"n360_smartadserver" => 1885,
"n360-smartadserver" => 1886,
"n360_smartyads" => 1887,
"n360-smartyads" => 1888,
"n360_smilewanted" => 1889,
"n360_staila" => 1890,
"n360-staila" => 1891,
"n360_tappx" => 1892,
"n360-tappx" => 1893,
"n360_mediagrid" => 1894,
"n360-mediagrid" => 1895,
"n360_ttd" => 1896,
"n360-ttd" => 1897,
"n360_traffective" => 1898,
"n360-traffective" => 1899,
"n360_triplelift" => 1900,
"n360_yahoo" => 1901,
"n360-yahoo" => 1902,
"n360_vidoomy" => 1903,
"n360-vidoomy" => 1904,
"n360_yieldlab" => 1905,
"n360-yieldlab" => 1906,
"mv_tokens" => 1907,
"mv_tokens_invalidate-verizon-pushes" => 1908,
"am_tokens" => 1909,
"am_tokens_invalidate-verizon-pushes" => 1910,
"ptrcriteo" => 1911,
"ptrrc" => 1912,
"ptran" => 1913,
"ptrt" => 1914,
"ptrpp" => 1915,
"ptrpub" => 1916,
"ptrc" => 1917,
"ptrb" => 1918,
"ptropenx" => 1919,
"ptrbsw" => 1920,
"ptreps" => 1921,
"ssid" => 1922,
"sst" => 1923,
"dgzsdl08v4" => 1924,
"bounceClientVisit" => 1925,
"ttbprf" => 1926,
"ttc" => 1927,
"n" => 1928,
"trk" => 1929,
"ttca" => 1930,
"tp*" => 1931,
"ttgcm" => 1932,
"GRV_BHV_UID*" => 1933,
"GRV_BHV_SKU*" => 1934,
"GRV_BHV_IDCAT*" => 1935,
"GRV_BHV_DATE*" => 1936,
"GRV_IDU" => 1937,
"NPA*" => 1938,
"GRV_BHV_BRND_*" => 1939,
"GRV_google" => 1940,
"duid_update_time" => 1941,
"_ssp_update_time*" => 1942,
"_dsp_uid*" => 1943,
"TADCID" => 1944,
"ServerPool" => 1945,
"dt" => 1946,
"rtbh" => 1947,
"udmts" => 1948,
"_crazyegg" => 1949,
"ce_signup_partner" => 1950,
"SSPZ" => 1951,
"ADKUID" => 1952,
"SCM" => 1953,
"SCMaps" => 1954,
"SCMsovrn" => 1955,
"SCMinf" => 1956,
"SCMg" => 1957,
"UTID" => 1958,
"UTID_ENC" => 1959,
"_dy_cs_storage_items" => 1960,
"_dy_cs_cookie_items" => 1961,
"ckid" => 1962,
"hash" => 1963,
"ig_did" => 1964,
"ig_cb" => 1965,
"ds_user_id" => 1966,
"fbm_*" => 1967,
"shbid" => 1968,
"shbts" => 1969,
"sessionid" => 1970,
"g" => 1971,
"rdtrk" => 1972,
"_rdtrk" => 1973,
"_rdlps_pp" => 1974,
"_rd_wa_first_session*" => 1975,
"_sp_wa_first_session*" => 1976,
"_rd_wa_id*" => 1977,
"_sp_wa_id*" => 1978,
"_rd_wa_ses_id*" => 1979,
"_sp_wa_ses_id*" => 1980,
"tc_cj_v2" => 1981,
"tc_cj_v2_cmp." => 1982,
"tc_cj_v2_med" => 1983,
"CAID" => 1984,
"TCID" => 1985,
"WID" => 1986,
"TMS" => 1987,
"TCSESSION" => 1988,
"TCREDIRECT" => 1989,
"TCLANDINGURL" => 1990,
"TCREDIRECT_DEDUP" => 1991,
"cs" => 1992,
"vst" => 1993,
"attribution_user_id" => 1994,
"_gtmeec" => 1995,
"__exponea_etc__" => 1996,
"__exponea_time2__" => 1997,
"lantern" => 1998,
"AwinChannelCookie" => 1999,
};
