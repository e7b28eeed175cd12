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
C2: "li_cu" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C4: "preview_theme" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C7: "cookieyes-functional" { function: "Functional", purpose: "OCD" }
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
            provider "BetweenDigital" {
C5: "dc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C6: "rpb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C8: "n360_sharethrough" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `exact_10`'s names, to their index in `exact_10::POLICY.cookies()`.
pub static EXACT_10_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"cookiePreferences" => 0,
"MSPAuth" => 1,
"li_cu" => 2,
"preview_theme" => 3,
"cookieyes-functional" => 4,
"picreel_tracker__page_views" => 5,
"rl_anonymous_id" => 6,
"dc" => 7,
"rpb" => 8,
"n360_sharethrough" => 9,
};

cookie_policy::cookie_policy! {
    /// 10 cookies of the Open Cookie Database.
    pub mod patterns_10 {
        site: "https://www.example.org",
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookiebot" {
C1: "userlang*" { function: "Functional", purpose: "OCD" }
            }
            provider "LinkedIn" {
C3: "redirectFromM2MInviteSent" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C6: "swym-pid" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C7: "force-proxy-stream" { function: "Functional", purpose: "OCD" }
            }
        }
        statistics {
            provider "Dynamic Yield" {
C9: "_dycmc" { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Bing / Microsoft" {
C2: "kcrelid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Advertising" {
C4: "ev_sync_bk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Reddit" {
C5: "_rdt_uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C8: "n360-conversant" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `patterns_10`'s names, to their index in `patterns_10::POLICY.cookies()`.
pub static PATTERNS_10_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"cookiePreferences" => 0,
"userlang*" => 1,
"redirectFromM2MInviteSent" => 2,
"swym-pid" => 3,
"force-proxy-stream" => 4,
"_dycmc" => 5,
"kcrelid" => 6,
"ev_sync_bk" => 7,
"_rdt_uuid" => 8,
"n360-conversant" => 9,
};

cookie_policy::cookie_policy! {
    /// 100 cookies of the Open Cookie Database.
    pub mod exact_100 {
        site: "https://www.example.org",
        necessary {
            provider "X" {
C14: "csrf_same_site_set" { function: "Security", purpose: "OCD" }
            }
            provider "Kentico" {
C43: "CMSCsrfCookie" { function: "Security", purpose: "OCD" }
            }
        }
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Google" {
C3: "_Secure-YEC" { function: "Functional", purpose: "OCD" }
C4: "ACCOUNT_CHOOSER" { function: "Functional", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C10: "MSPAuth" { function: "Functional", purpose: "OCD" }
            }
            provider "Azure / Microsoft" {
C12: "ASLBSA" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C15: "cookie-consent-io" { function: "Functional", purpose: "OCD" }
            }
            provider "Cloudflare" {
C16: "_cfuvid" { function: "Functional", purpose: "OCD" }
            }
            provider "LinkedIn" {
C19: "lang" { function: "Functional", purpose: "OCD" }
C20: "li_cu" { function: "Functional", purpose: "OCD" }
C21: "redirectFromM2MInviteAccept" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C25: "chkChromeAb67Sec" { function: "Functional", purpose: "OCD" }
            }
            provider "Magento" {
C34: "mage-messages" { function: "Functional", purpose: "OCD" }
C35: "store" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C38: "storefront_digest" { function: "Functional", purpose: "OCD" }
C39: "hide_shopify_pay_for_checkout" { function: "Functional", purpose: "OCD" }
C40: "preview_theme" { function: "Functional", purpose: "OCD" }
            }
            provider "HubSpot" {
C41: "__hs_gpc_banner_dismiss" { function: "Functional", purpose: "OCD" }
            }
            provider "ZOHO" {
C44: "zc_cu_exp" { function: "Functional", purpose: "OCD" }
            }
            provider "NGINX Ingresss" {
C46: "INGRESSCOOKIE" { function: "Functional", purpose: "OCD" }
            }
            provider "Keycloak" {
C48: "KEYCLOAK_REMEMBER_ME" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C54: "swym-instrumentMap" { function: "Functional", purpose: "OCD" }
            }
            provider "vBulletin" {
C55: "bbsessionhash" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C56: "wporg_sec" { function: "Functional", purpose: "OCD" }
            }
            provider "Didomi" {
C57: "didomi_token" { function: "Functional", purpose: "OCD" }
            }
            provider "Consentmanager.net" {
C58: "__cmpcvc" { function: "Functional", purpose: "OCD" }
            }
            provider "Complianz" {
C59: "cmplz_consented_services" { function: "Functional", purpose: "OCD" }
            }
            provider "SAP" {
C61: "gst" { function: "Functional", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C65: "_ym_debug" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C66: "_KnowledgePageFilterMyDraftPublishStatus" { function: "Functional", purpose: "OCD" }
C67: "BrowserId_sec" { function: "Functional", purpose: "OCD" }
C68: "csssid_Client" { function: "Functional", purpose: "OCD" }
C69: "schgtclose" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C70: "cookieyes-functional" { function: "Functional", purpose: "OCD" }
            }
            provider "SurveyMonkey" {
C71: "sm_rec" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C73: "__pil" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C84: "_zendesk_cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C85: "RT" { function: "Functional", purpose: "OCD" }
            }
            provider "Twitch" {
C86: "sentry_device_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C87: "cehc" { function: "Functional", purpose: "OCD" }
            }
            provider "GitHub" {
C93: "org_transform_notice" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynatrace" {
C96: "iu2g34bw" { function: "Functional", purpose: "OCD" }
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
C47: "stg_returning_visitor" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ezoic" {
C53: "ezopvc_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Gemius" {
C74: "__gfp_64b" { function: "Analytics", purpose: "OCD" }
            }
            provider "Intercom" {
C75: "intercom-session-" { function: "Analytics", purpose: "OCD" }
            }
            provider "Wikimedia" {
C76: "centralnotice_bucket" { function: "Analytics", purpose: "OCD" }
            }
            provider "Rudderstack" {
C90: "rl_anonymous_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "ContentSquare" {
C92: "_hp5_meta." { function: "Analytics", purpose: "OCD" }
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
            provider "Adform" {
C8: "adformfrpid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Facebook" {
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
C24: "ADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
            }
            provider "1rx.io" {
C26: "_rxuuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Seedtag" {
C27: "st_cnt" { function: "Marketing", purpose: "OCD" }
            }
            provider "Unrulymedia.com" {
C28: "unruly_m" { function: "Marketing", purpose: "OCD" }
            }
            provider "openx.net" {
C29: "OAGEO" { function: "Marketing", purpose: "OCD" }
            }
            provider "BlueKai" {
C31: "bku" { function: "Marketing", purpose: "OCD" }
            }
            provider "Rapleaf" {
C32: "pxrc" { function: "Marketing", purpose: "OCD" }
            }
            provider "SOVRN" {
C33: "ljtrtb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Datatrics" {
C36: "datatrics_optin" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ortec" {
C37: "id_ts" { function: "Marketing", purpose: "OCD" }
            }
            provider "SnapEngage" {
C45: "SnapABugRef" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadinfo" {
C49: "_li_ses" { function: "Marketing", purpose: "OCD" }
            }
            provider "BetweenDigital" {
C50: "dc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adalyser.com" {
C51: "__adal_ses" { function: "Marketing", purpose: "OCD" }
            }
            provider "TikTok" {
C52: "MONITOR_WEB_ID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C60: "rpb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adhese" {
C62: "rubicon_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Customer.io" {
C63: "_cioid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dotomi" {
C64: "dtm_token" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sailthru" {
C72: "sailthru_visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C77: "n360_bliink" { function: "Marketing", purpose: "OCD" }
C78: "n360_fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C79: "n360_nextmillennium" { function: "Marketing", purpose: "OCD" }
C80: "n360_sharethrough" { function: "Marketing", purpose: "OCD" }
C81: "n360-triplelift" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yieldmo" {
C82: "ptropenx" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tailtarget" {
C83: "tp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Undertone" {
C88: "UID_EXT_" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blue" {
C89: "ckid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Outbrain" {
C91: "unifiedPixel" { function: "Marketing", purpose: "OCD" }
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
"CMSCsrfCookie" => 1,
"cookiePreferences" => 2,
"_Secure-YEC" => 3,
"ACCOUNT_CHOOSER" => 4,
"MSPAuth" => 5,
"ASLBSA" => 6,
"cookie-consent-io" => 7,
"_cfuvid" => 8,
"lang" => 9,
"li_cu" => 10,
"redirectFromM2MInviteAccept" => 11,
"chkChromeAb67Sec" => 12,
"mage-messages" => 13,
"store" => 14,
"storefront_digest" => 15,
"hide_shopify_pay_for_checkout" => 16,
"preview_theme" => 17,
"__hs_gpc_banner_dismiss" => 18,
"zc_cu_exp" => 19,
"INGRESSCOOKIE" => 20,
"KEYCLOAK_REMEMBER_ME" => 21,
"swym-instrumentMap" => 22,
"bbsessionhash" => 23,
"wporg_sec" => 24,
"didomi_token" => 25,
"__cmpcvc" => 26,
"cmplz_consented_services" => 27,
"gst" => 28,
"_ym_debug" => 29,
"_KnowledgePageFilterMyDraftPublishStatus" => 30,
"BrowserId_sec" => 31,
"csssid_Client" => 32,
"schgtclose" => 33,
"cookieyes-functional" => 34,
"sm_rec" => 35,
"__pil" => 36,
"_zendesk_cookie" => 37,
"RT" => 38,
"sentry_device_id" => 39,
"cehc" => 40,
"org_transform_notice" => 41,
"iu2g34bw" => 42,
"cookies-preferences" => 43,
"_gat_gtag_" => 44,
"_opt_awgid" => 45,
"_clck" => 46,
"_hjDonePolls" => 47,
"lss_bundle_viewer" => 48,
"picreel_tracker__page_views" => 49,
"sbjs_first_add" => 50,
"stg_returning_visitor" => 51,
"ezopvc_" => 52,
"__gfp_64b" => 53,
"intercom-session-" => 54,
"centralnotice_bucket" => 55,
"rl_anonymous_id" => 56,
"_hp5_meta." => 57,
"FocusTime" => 58,
"FPGCLDC" => 59,
"__gads" => 60,
"AMCVS_" => 61,
"adformfrpid" => 62,
"rc" => 63,
"OID" => 64,
"ac_enable_tracking" => 65,
"CMST" => 66,
"ADUSERCOOKIE" => 67,
"_rxuuid" => 68,
"st_cnt" => 69,
"unruly_m" => 70,
"OAGEO" => 71,
"bku" => 72,
"pxrc" => 73,
"ljtrtb" => 74,
"datatrics_optin" => 75,
"id_ts" => 76,
"SnapABugRef" => 77,
"_li_ses" => 78,
"dc" => 79,
"__adal_ses" => 80,
"MONITOR_WEB_ID" => 81,
"rpb" => 82,
"rubicon_uid" => 83,
"_cioid" => 84,
"dtm_token" => 85,
"sailthru_visitor" => 86,
"n360_bliink" => 87,
"n360_fueldigitalmedia" => 88,
"n360_nextmillennium" => 89,
"n360_sharethrough" => 90,
"n360-triplelift" => 91,
"ptropenx" => 92,
"tp" => 93,
"UID_EXT_" => 94,
"ckid" => 95,
"unifiedPixel" => 96,
"_rd_experiment_version" => 97,
"TCREDIRECT" => 98,
"vst" => 99,
};

cookie_policy::cookie_policy! {
    /// 100 cookies of the Open Cookie Database.
    pub mod patterns_100 {
        site: "https://www.example.org",
        preferences {
            provider "Google Tag Manager" {
C0: "cookiePreferences" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookiebot" {
C1: "userlang*" { function: "Functional", purpose: "OCD" }
            }
            provider "Google" {
C5: "__Secure-ENID" { function: "Functional", purpose: "OCD", secure }
            }
            provider "Azure / Microsoft" {
C12: ".ASPXANONYMOUS" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft Dynamics" {
C13: "AADNonce.forms" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft" {
C14: "isFirstSession*" { function: "Functional", purpose: "OCD" }
            }
            provider "CloudFlare" {
C17: "__cfwaitingroom" { function: "Functional", purpose: "OCD" }
            }
            provider "Hotjar" {
C18: "_hjTLDTest" { function: "Functional", purpose: "OCD" }
            }
            provider "PHP.net" {
C19: "__Secure-PHPSESSID" { function: "Functional", purpose: "OCD", secure }
            }
            provider "LinkedIn" {
C21: "all_u_b" { function: "Functional", purpose: "OCD" }
C22: "li_alerts" { function: "Functional", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C23: "AWSALBTGCORS" { function: "Functional", purpose: "OCD" }
            }
            provider "CHEQ AI Technologies" {
C24: "_cq_suid" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C25: "FPtrust" { function: "Functional", purpose: "OCD" }
            }
            provider "Pinterest" {
C34: "_pinterest_cm" { function: "Functional", purpose: "OCD" }
            }
            provider "Magento" {
C35: "stf" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C38: "Cart" { function: "Functional", purpose: "OCD" }
C39: "locale_bar_accepted" { function: "Functional", purpose: "OCD" }
C40: "profile_preview_token" { function: "Functional", purpose: "OCD" }
            }
            provider "HubSpot" {
C41: "__hs_cookie_cat_pref" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce" {
C42: "store_notice*" { function: "Functional", purpose: "OCD" }
            }
            provider "Snapchat" {
C44: "X-AB" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Law Info" {
C47: "cookielawinfo-checkbox-marketing" { function: "Functional", purpose: "OCD" }
            }
            provider "Keycloak" {
C48: "AUTH_SESSION_ID" { function: "Functional", purpose: "OCD" }
            }
            provider "CleanTalk" {
C52: "apbct_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C54: "swym-o_s" { function: "Functional", purpose: "OCD" }
            }
            provider "vBulletin" {
C55: "bbpassword" { function: "Functional", purpose: "OCD" }
            }
            provider "Braze" {
C56: "ab.storage.userId.*" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C57: "trac_form_token" { function: "Functional", purpose: "OCD" }
            }
            provider "Axeptio" {
C58: "axeptio_cookies" { function: "Functional", purpose: "OCD" }
            }
            provider "Complianz" {
C59: "cmplz_id" { function: "Functional", purpose: "OCD" }
            }
            provider "ShareThis" {
C60: "usprivacy*" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C67: "_KnowledgePageSortFieldMyDraft*" { function: "Functional", purpose: "OCD" }
C68: "RRetURL" { function: "Functional", purpose: "OCD" }
C69: "iotcontextsplashdisable" { function: "Functional", purpose: "OCD" }
C70: "WelcomePanel" { function: "Functional", purpose: "OCD" }
            }
            provider "Wufoo" {
C71: "ep202" { function: "Functional", purpose: "OCD" }
            }
            provider "Xenforo" {
C72: "xf_inline_mod_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C74: "__pil" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C85: "_zdsession_talk_embeddables_service" { function: "Functional", purpose: "OCD" }
            }
            provider "Twitch" {
C86: "referrer_url" { function: "Functional", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C87: "ceac" { function: "Functional", purpose: "OCD" }
            }
            provider "Wistia" {
C88: "wistia-video-progress-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C89: "_dyid" { function: "Functional", purpose: "OCD" }
            }
            provider "GitHub" {
C93: "ghcc" { function: "Functional", purpose: "OCD" }
            }
            provider "Convert Insights" {
C94: "_conv_v" { function: "Functional", purpose: "OCD" }
            }
            provider "Command Act" {
C97: "TCIPD" { function: "Functional", purpose: "OCD" }
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
C7: "s_sq" { function: "Analytics", purpose: "OCD" }
            }
            provider "Picreel" {
C30: "picreel_tracker__visited" { function: "Analytics", purpose: "OCD" }
            }
            provider "Matomo" {
C36: "_pk_cvar" { function: "Analytics", purpose: "OCD" }
            }
            provider "WooCommerce" {
C43: "sbjs_migrations" { function: "Analytics", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C49: "BVBRANDID" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tawk.to Chat" {
C50: "tawkUUID" { function: "Analytics", purpose: "OCD" }
            }
            provider "Chartbeat" {
C64: "_SUPERFLY_nosample" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C66: "bh" { function: "Analytics", purpose: "OCD" }
            }
            provider "Gemius" {
C75: "__gfp_s_64b" { function: "Analytics", purpose: "OCD" }
            }
            provider "Beslist.nl" {
C76: "client_bslstmatch" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABlyft" {
C77: "ablyft_exps" { function: "Analytics", purpose: "OCD" }
            }
            provider "Rudderstack" {
C91: "rl_session" { function: "Analytics", purpose: "OCD" }
            }
            provider "ContentSquare" {
C92: "_CT_RS_" { function: "Analytics", purpose: "OCD" }
            }
        }
        marketing {
            provider "Google Flights" {
C3: "_gcl_gf" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Ads" {
C4: "__Secure-3PSIDCC" { function: "Marketing", purpose: "OCD", secure }
            }
            provider "Google" {
C6: "_dcid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adform" {
C8: "CM14" { function: "Marketing", purpose: "OCD" }
            }
            provider "Facebook" {
C9: "oo" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bing / Microsoft" {
C10: "_uetsid" { function: "Marketing", purpose: "OCD" }
C11: "ACH01" { function: "Marketing", purpose: "OCD" }
            }
            provider "X" {
C15: "external_referer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Youtube" {
C16: "GPS" { function: "Marketing", purpose: "OCD" }
            }
            provider "LinkedIn" {
C20: "BizographicsOptOut" { function: "Marketing", purpose: "OCD" }
            }
            provider "semasio.net" {
C26: "SEUNCY" { function: "Marketing", purpose: "OCD" }
            }
            provider "betweendigital.com" {
C27: "betweendigital.com" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smartadserver" {
C28: "pid" { function: "Marketing", purpose: "OCD" }
            }
            provider "openx.net" {
C29: "univ_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "BlueKai" {
C31: "bku" { function: "Marketing", purpose: "OCD" }
            }
            provider "Rapleaf" {
C32: "pxrc" { function: "Marketing", purpose: "OCD" }
            }
            provider "FreeWheel" {
C33: "uid-bp-*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optimizely" {
C37: "optimizelyOptOut" { function: "Marketing", purpose: "OCD" }
            }
            provider "Perfect Audience" {
C45: "pa_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yahoo" {
C46: "cmp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adalyser.com" {
C51: "__adal_ca" { function: "Marketing", purpose: "OCD" }
            }
            provider "TikTok" {
C53: "ttwid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C61: "c" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beamer" {
C62: "_BEAMER_FILTER_BY_URL_*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adhese" {
C63: "appnexus_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fastclick" {
C65: "pluto" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sailthru" {
C73: "sailthru_visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C78: "n360_adnuntius" { function: "Marketing", purpose: "OCD" }
C79: "n360-fueldigital" { function: "Marketing", purpose: "OCD" }
C80: "n360-openx" { function: "Marketing", purpose: "OCD" }
C81: "n360-smartadserver" { function: "Marketing", purpose: "OCD" }
C82: "n360-yieldlab" { function: "Marketing", purpose: "OCD" }
            }
            provider "Springserve" {
C83: "sst" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bidence" {
C84: "duid_update_time" { function: "Marketing", purpose: "OCD" }
            }
            provider "Instagram" {
C90: "ds_user_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "RD Station" {
C95: "_rd_experiment_version" { function: "Marketing", purpose: "OCD" }
C96: "_rd_wa_first_session*" { function: "Marketing", purpose: "OCD" }
            }
        }
    }
}

/// `patterns_100`'s names, to their index in `patterns_100::POLICY.cookies()`.
pub static PATTERNS_100_PHF: phf::Map<&'static str, u16> = phf::phf_map! {
"cookiePreferences" => 0,
"userlang*" => 1,
"__Secure-ENID" => 2,
".ASPXANONYMOUS" => 3,
"AADNonce.forms" => 4,
"isFirstSession*" => 5,
"__cfwaitingroom" => 6,
"_hjTLDTest" => 7,
"__Secure-PHPSESSID" => 8,
"all_u_b" => 9,
"li_alerts" => 10,
"AWSALBTGCORS" => 11,
"_cq_suid" => 12,
"FPtrust" => 13,
"_pinterest_cm" => 14,
"stf" => 15,
"Cart" => 16,
"locale_bar_accepted" => 17,
"profile_preview_token" => 18,
"__hs_cookie_cat_pref" => 19,
"store_notice*" => 20,
"X-AB" => 21,
"cookielawinfo-checkbox-marketing" => 22,
"AUTH_SESSION_ID" => 23,
"apbct_*" => 24,
"swym-o_s" => 25,
"bbpassword" => 26,
"ab.storage.userId.*" => 27,
"trac_form_token" => 28,
"axeptio_cookies" => 29,
"cmplz_id" => 30,
"usprivacy*" => 31,
"_KnowledgePageSortFieldMyDraft*" => 32,
"RRetURL" => 33,
"iotcontextsplashdisable" => 34,
"WelcomePanel" => 35,
"ep202" => 36,
"xf_inline_mod_*" => 37,
"__pil" => 38,
"_zdsession_talk_embeddables_service" => 39,
"referrer_url" => 40,
"ceac" => 41,
"wistia-video-progress-*" => 42,
"_dyid" => 43,
"ghcc" => 44,
"_conv_v" => 45,
"TCIPD" => 46,
"FDLBFIRSTTMS" => 47,
"privacypillar-google-consent" => 48,
"__utmv" => 49,
"s_sq" => 50,
"picreel_tracker__visited" => 51,
"_pk_cvar" => 52,
"sbjs_migrations" => 53,
"BVBRANDID" => 54,
"tawkUUID" => 55,
"_SUPERFLY_nosample" => 56,
"bh" => 57,
"__gfp_s_64b" => 58,
"client_bslstmatch" => 59,
"ablyft_exps" => 60,
"rl_session" => 61,
"_CT_RS_" => 62,
"_gcl_gf" => 63,
"__Secure-3PSIDCC" => 64,
"_dcid" => 65,
"CM14" => 66,
"oo" => 67,
"_uetsid" => 68,
"ACH01" => 69,
"external_referer" => 70,
"GPS" => 71,
"BizographicsOptOut" => 72,
"SEUNCY" => 73,
"betweendigital.com" => 74,
"pid" => 75,
"univ_id" => 76,
"bku" => 77,
"pxrc" => 78,
"uid-bp-*" => 79,
"optimizelyOptOut" => 80,
"pa_uid" => 81,
"cmp" => 82,
"__adal_ca" => 83,
"ttwid" => 84,
"c" => 85,
"_BEAMER_FILTER_BY_URL_*" => 86,
"appnexus_uid" => 87,
"pluto" => 88,
"sailthru_visitor" => 89,
"n360_adnuntius" => 90,
"n360-fueldigital" => 91,
"n360-openx" => 92,
"n360-smartadserver" => 93,
"n360-yieldlab" => 94,
"sst" => 95,
"duid_update_time" => 96,
"ds_user_id" => 97,
"_rd_experiment_version" => 98,
"_rd_wa_first_session*" => 99,
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
C298: "INDEED_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Unknown provider" {
C370: "XSRF-TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Microsoft" {
C559: ".AspNetCore.Antiforgery." { function: "Security", purpose: "OCD" }
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
C860: "CMSCsrfCookie" { function: "Security", purpose: "OCD" }
            }
            provider "ZOHO" {
C878: "ZCAMPAIGN_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "CraftCMS" {
C968: "CRAFT_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Stonly" {
C1037: "_csrf" { function: "Security", purpose: "OCD" }
            }
            provider "Salesforce" {
C1361: "devOverrideCsrfToken" { function: "Security", purpose: "OCD" }
C1368: "Host-ERIC_PROD-" { function: "Security", purpose: "OCD" }
            }
            provider "Xenforo" {
C1425: "xf_csrf" { function: "Security", purpose: "OCD" }
            }
            provider "GitHub" {
C1852: "gist_oauth_csrf" { function: "Security", purpose: "OCD" }
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
C58: "Secure-YEC" { function: "Functional", purpose: "OCD" }
C59: "CGIC" { function: "Functional", purpose: "OCD" }
C60: "_Secure-YEC" { function: "Functional", purpose: "OCD" }
C61: "__Secure-YNID" { function: "Functional", purpose: "OCD", secure }
C78: "CONSENT" { function: "Functional", purpose: "OCD" }
C79: "SOCS" { function: "Functional", purpose: "OCD" }
C80: "ACCOUNT_CHOOSER" { function: "Functional", purpose: "OCD" }
C81: "__Host-1PLSID" { function: "Functional", purpose: "OCD", secure }
C82: "__Host-3PLSID" { function: "Functional", purpose: "OCD", secure }
C83: "__Host-GAPS" { function: "Functional", purpose: "OCD", secure }
C84: "LSOLH" { function: "Functional", purpose: "OCD" }
C85: "g_enabled_idps" { function: "Functional", purpose: "OCD" }
C86: "G_AUTHUSER_H" { function: "Functional", purpose: "OCD" }
C87: "__Secure-ENID" { function: "Functional", purpose: "OCD", secure }
C88: "SEARCH_SAMESITE" { function: "Functional", purpose: "OCD" }
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
            provider "Google Optimize" {
C103: "_gaexp" { function: "Functional", purpose: "OCD" }
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
C182: "wd" { function: "Functional", purpose: "OCD" }
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
C230: "fpc" { function: "Functional", purpose: "OCD" }
C231: "stsservicecookie" { function: "Functional", purpose: "OCD" }
C232: "ARRAffinity" { function: "Functional", purpose: "OCD" }
C233: "ARRAffinitySameSite" { function: "Functional", purpose: "OCD" }
C235: ".ASPXANONYMOUS" { function: "Functional", purpose: "OCD" }
C236: ".ASPXAUTH" { function: "Functional", purpose: "OCD" }
C237: "nSGt-" { function: "Functional", purpose: "OCD" }
C238: "RpsContextCookie" { function: "Functional", purpose: "OCD" }
C239: "ASLBSACORS" { function: "Functional", purpose: "OCD" }
C240: "ASLBSA" { function: "Functional", purpose: "OCD" }
C241: "ASPSESSIO" { function: "Functional", purpose: "OCD" }
C242: "ApplicationGatewayAffinityCORS" { function: "Functional", purpose: "OCD" }
C243: "VisitorStorageGuid" { function: "Functional", purpose: "OCD" }
C244: ".AspNetCore.Mvc.CookieTempDataProvider" { function: "Functional", purpose: "OCD" }
C245: "x-ms-cpim-admin" { function: "Functional", purpose: "OCD" }
C246: "x-ms-cpim-slice" { function: "Functional", purpose: "OCD" }
C247: "x-ms-cpim-trans" { function: "Functional", purpose: "OCD" }
C248: "x-ms-cpim-sso" { function: "Functional", purpose: "OCD" }
C249: "x-ms-cpim-cache" { function: "Functional", purpose: "OCD" }
C250: "x-ms-cpim-csrf" { function: "Functional", purpose: "OCD" }
C251: "x-ms-cpim-dc" { function: "Functional", purpose: "OCD" }
C252: "x-ms-cpim-ctx" { function: "Functional", purpose: "OCD" }
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
C307: "YSC" { function: "Functional", purpose: "OCD" }
C308: "DEVICE_INFO" { function: "Functional", purpose: "OCD" }
C309: "LOGIN_INFO" { function: "Functional", purpose: "OCD" }
            }
            provider "Cloudflare" {
C315: "__cfduid" { function: "Functional", purpose: "OCD" }
C316: "__cfruid" { function: "Functional", purpose: "OCD" }
C317: "__cf_bm" { function: "Functional", purpose: "OCD" }
C318: "cf_chl_2" { function: "Functional", purpose: "OCD" }
C319: "__cflb" { function: "Functional", purpose: "OCD" }
C320: "_cfuvid" { function: "Functional", purpose: "OCD" }
C321: "cf_clearance" { function: "Functional", purpose: "OCD" }
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
C345: "_hjUserAttributesHash" { function: "Functional", purpose: "OCD" }
C347: "_hjLocalStorageTest" { function: "Functional", purpose: "OCD" }
C348: "_hjptid" { function: "Functional", purpose: "OCD" }
C349: "_hjAbsoluteSessionInProgress" { function: "Functional", purpose: "OCD" }
C350: "_hjFirstSeen" { function: "Functional", purpose: "OCD" }
C351: "_hjIncludedInPageviewSample" { function: "Functional", purpose: "OCD" }
C352: "_hjIncludedInSessionSample" { function: "Functional", purpose: "OCD" }
C353: "_hjSession_" { function: "Functional", purpose: "OCD" }
C354: "_hjSessionUser_" { function: "Functional", purpose: "OCD" }
C355: "_hjSessionTooLarge" { function: "Functional", purpose: "OCD" }
C356: "_hjSessionRejected" { function: "Functional", purpose: "OCD" }
C357: "hjViewportId" { function: "Functional", purpose: "OCD" }
C358: "_hjSessionStorageTest" { function: "Functional", purpose: "OCD" }
C359: "_hjCookieTest" { function: "Functional", purpose: "OCD" }
            }
            provider "Oracle" {
C364: "JSESSIO" { function: "Functional", purpose: "OCD" }
C365: "ORA_WWV_APP_" { function: "Functional", purpose: "OCD" }
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
C387: "li_mc" { function: "Functional", purpose: "OCD" }
C394: "lihc_auth_" { function: "Functional", purpose: "OCD" }
C395: "li_a" { function: "Functional", purpose: "OCD" }
C396: "li_ep_auth_context" { function: "Functional", purpose: "OCD" }
C397: "fcookie" { function: "Functional", purpose: "OCD" }
C398: "ccookie" { function: "Functional", purpose: "OCD" }
C399: "chp_token" { function: "Functional", purpose: "OCD" }
C400: "li_cu" { function: "Functional", purpose: "OCD" }
C401: "denial-client-ip" { function: "Functional", purpose: "OCD" }
C402: "denial-reason-code" { function: "Functional", purpose: "OCD" }
C403: "li_referer" { function: "Functional", purpose: "OCD" }
C404: "f_token" { function: "Functional", purpose: "OCD" }
C405: "li_apfcdc" { function: "Functional", purpose: "OCD" }
C406: "li_odapfcc" { function: "Functional", purpose: "OCD" }
C407: "ac_L" { function: "Functional", purpose: "OCD" }
C408: "ac_LD" { function: "Functional", purpose: "OCD" }
C409: "recent_history_status" { function: "Functional", purpose: "OCD" }
C410: "all_u_b" { function: "Functional", purpose: "OCD" }
C411: "uh" { function: "Functional", purpose: "OCD" }
C412: "pushPermInfo" { function: "Functional", purpose: "OCD" }
C413: "pushPermState" { function: "Functional", purpose: "OCD" }
C414: "li_ec" { function: "Functional", purpose: "OCD" }
C415: "li_gpc" { function: "Functional", purpose: "OCD" }
C416: "li_gp" { function: "Functional", purpose: "OCD" }
C417: "PLAY_FLASH" { function: "Functional", purpose: "OCD" }
C418: "PLAY_LANG" { function: "Functional", purpose: "OCD" }
C419: "PLAY_SESSION" { function: "Functional", purpose: "OCD" }
C420: "redirectFromM2MInviteAccept" { function: "Functional", purpose: "OCD" }
C421: "redirectFromM2MInviteSent" { function: "Functional", purpose: "OCD" }
C422: "cookie.policy.banner.eu" { function: "Functional", purpose: "OCD" }
C423: "cookie.policy.banner.nl" { function: "Functional", purpose: "OCD" }
C424: "appName" { function: "Functional", purpose: "OCD" }
C425: "appLang" { function: "Functional", purpose: "OCD" }
C426: "feed-sort" { function: "Functional", purpose: "OCD" }
C427: "abiRedirect" { function: "Functional", purpose: "OCD" }
C428: "lil-lang" { function: "Functional", purpose: "OCD" }
C429: "li_alerts" { function: "Functional", purpose: "OCD" }
C430: "li_theme" { function: "Functional", purpose: "OCD" }
C431: "integration_type" { function: "Functional", purpose: "OCD" }
C432: "li_theme_set" { function: "Functional", purpose: "OCD" }
C433: "lms_analytics" { function: "Functional", purpose: "OCD" }
C434: "li_fat_id" { function: "Functional", purpose: "OCD" }
C435: "li_giant" { function: "Functional", purpose: "OCD" }
C437: "recent_history" { function: "Functional", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C446: "AWSALB" { function: "Functional", purpose: "OCD" }
C447: "AWSALBCORS" { function: "Functional", purpose: "OCD" }
C448: "AWSELBCORS" { function: "Functional", purpose: "OCD" }
C449: "AWSALBTGCORS" { function: "Functional", purpose: "OCD" }
C450: "AWSALBTG" { function: "Functional", purpose: "OCD" }
C451: "aws-csds-token" { function: "Functional", purpose: "OCD" }
C452: "aws_lang" { function: "Functional", purpose: "OCD" }
C454: "aws-priv" { function: "Functional", purpose: "OCD" }
            }
            provider "CHEQ AI Technologies" {
C469: "_cq_duid" { function: "Functional", purpose: "OCD" }
C470: "_cq_suid" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C483: "KTPCACOOKIE" { function: "Functional", purpose: "OCD" }
C484: "COKENBLD" { function: "Functional", purpose: "OCD" }
C488: "PUBUIDSYNCUPFQ" { function: "Functional", purpose: "OCD" }
C491: "pubtime_" { function: "Functional", purpose: "OCD" }
C492: "PMFREQ_ON" { function: "Functional", purpose: "OCD" }
C495: "_curtime" { function: "Functional", purpose: "OCD" }
C496: "PMDTSHR" { function: "Functional", purpose: "OCD" }
C497: "chk" { function: "Functional", purpose: "OCD" }
C498: "chkSecSet" { function: "Functional", purpose: "OCD" }
C499: "chkChromeAb67" { function: "Functional", purpose: "OCD" }
C500: "chkChromeAb67Sec" { function: "Functional", purpose: "OCD" }
C501: "pubsyncexp" { function: "Functional", purpose: "OCD" }
C502: "ipc" { function: "Functional", purpose: "OCD" }
            }
            provider "Kiyoh" {
C503: "Kiyohnl" { function: "Functional", purpose: "OCD" }
            }
            provider "ID5" {
C509: "gdpr" { function: "Functional", purpose: "OCD" }
C510: "gpp" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe ColdFusion" {
C529: "cftoken" { function: "Functional", purpose: "OCD" }
            }
            provider "betweendigital.com" {
C536: "ss" { function: "Functional", purpose: "OCD" }
            }
            provider "Smartadserver" {
C544: "dyncdn" { function: "Functional", purpose: "OCD" }
C551: "Pdomid" { function: "Functional", purpose: "OCD" }
            }
            provider "Taboola" {
C568: "t_pt_gid" { function: "Functional", purpose: "OCD" }
C570: "taboola_select" { function: "Functional", purpose: "OCD" }
C571: "taboola_fp_td_user_id" { function: "Functional", purpose: "OCD" }
C572: "_tb_sess_r" { function: "Functional", purpose: "OCD" }
            }
            provider "Funda" {
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
C676: "product_data_storage" { function: "Functional", purpose: "OCD" }
C677: "mage-cache-sessid" { function: "Functional", purpose: "OCD" }
C678: "mage-cache-storage" { function: "Functional", purpose: "OCD" }
C679: "mage-cache-timeout" { function: "Functional", purpose: "OCD" }
C680: "mage-messages" { function: "Functional", purpose: "OCD" }
C681: "mage-translation-file-version" { function: "Functional", purpose: "OCD" }
C682: "mage-translation-storage" { function: "Functional", purpose: "OCD" }
C683: "recently_compared_product" { function: "Functional", purpose: "OCD" }
C684: "recently_compared_product_previous" { function: "Functional", purpose: "OCD" }
C685: "recently_viewed_product" { function: "Functional", purpose: "OCD" }
C686: "recently_viewed_product_previous" { function: "Functional", purpose: "OCD" }
C687: "user_allowed_save_cookie" { function: "Functional", purpose: "OCD" }
C688: "external_no_cache" { function: "Functional", purpose: "OCD" }
C689: "persistent_shopping_cart" { function: "Functional", purpose: "OCD" }
C690: "pollN" { function: "Functional", purpose: "OCD" }
C691: "frontend" { function: "Functional", purpose: "OCD" }
C692: "guest-view" { function: "Functional", purpose: "OCD" }
C693: "mage-banners-cache-storage" { function: "Functional", purpose: "OCD" }
C694: "searchReport-log" { function: "Functional", purpose: "OCD" }
C695: "private_content_version" { function: "Functional", purpose: "OCD" }
C696: "X-Magento-Vary" { function: "Functional", purpose: "OCD" }
C697: "section_data_ids" { function: "Functional", purpose: "OCD" }
C698: "section_data_clean" { function: "Functional", purpose: "OCD" }
C699: "last_visited_store" { function: "Functional", purpose: "OCD" }
C700: "store" { function: "Functional", purpose: "OCD" }
C701: "login_redirect" { function: "Functional", purpose: "OCD" }
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
C725: "OptanonAlertBoxClosed" { function: "Functional", purpose: "OCD" }
C726: "OptanonControl" { function: "Functional", purpose: "OCD" }
C727: "OneTrustWPCCPAGoogleOptOut" { function: "Functional", purpose: "OCD" }
C728: "FunctionalCookie" { function: "Functional", purpose: "OCD" }
C730: "utm_key" { function: "Functional", purpose: "OCD" }
C731: "__Secure-fgpt" { function: "Functional", purpose: "OCD", secure }
            }
            provider "Wix.com" {
C741: "SSR-caching" { function: "Functional", purpose: "OCD" }
C742: "smSession" { function: "Functional", purpose: "OCD" }
C744: "ForceFlashSite" { function: "Functional", purpose: "OCD" }
C745: "hs" { function: "Functional", purpose: "OCD" }
C746: "bSession" { function: "Functional", purpose: "OCD" }
C747: "TS01" { function: "Functional", purpose: "OCD" }
C748: "wixLanguage" { function: "Functional", purpose: "OCD" }
C749: "_wixCIDX" { function: "Functional", purpose: "OCD" }
C750: "_wix_browser_sess" { function: "Functional", purpose: "OCD" }
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
C759: "Secure_customer_sig" { function: "Functional", purpose: "OCD" }
C760: "storefront_digest" { function: "Functional", purpose: "OCD" }
C769: "shopify_pay_redirect" { function: "Functional", purpose: "OCD" }
C770: "cart_currency" { function: "Functional", purpose: "OCD" }
C771: "keep_alive" { function: "Functional", purpose: "OCD" }
C772: "checkout_session_token" { function: "Functional", purpose: "OCD" }
C773: "checkout_session_lookup" { function: "Functional", purpose: "OCD" }
C774: "cart_ver" { function: "Functional", purpose: "OCD" }
C775: "localization" { function: "Functional", purpose: "OCD" }
C776: "locale_bar_accepted" { function: "Functional", purpose: "OCD" }
C777: "_cmp_a" { function: "Functional", purpose: "OCD" }
C778: "_customer_account_shop_sessions" { function: "Functional", purpose: "OCD" }
C779: "customer_account_locale" { function: "Functional", purpose: "OCD" }
C780: "hide_shopify_pay_for_checkout" { function: "Functional", purpose: "OCD" }
C781: "master_device_id" { function: "Functional", purpose: "OCD" }
C782: "discount_code" { function: "Functional", purpose: "OCD" }
C783: "remember_me" { function: "Functional", purpose: "OCD" }
C784: "shopify_pay" { function: "Functional", purpose: "OCD" }
C785: "shop_pay_accelerated" { function: "Functional", purpose: "OCD" }
C786: "checkout_prefill" { function: "Functional", purpose: "OCD" }
C787: "checkout_queue_token" { function: "Functional", purpose: "OCD" }
C788: "checkout_worker_session" { function: "Functional", purpose: "OCD" }
C789: "checkout_session_token_" { function: "Functional", purpose: "OCD" }
C790: "identity-state" { function: "Functional", purpose: "OCD" }
C791: "identity-state-" { function: "Functional", purpose: "OCD" }
C792: "identity_customer_account_number" { function: "Functional", purpose: "OCD" }
C793: "card_update_verification_id" { function: "Functional", purpose: "OCD" }
C794: "customer_account_preview" { function: "Functional", purpose: "OCD" }
C795: "customer_payment_method" { function: "Functional", purpose: "OCD" }
C796: "customer_shop_pay_agreement" { function: "Functional", purpose: "OCD" }
C797: "pay_update_intent_id" { function: "Functional", purpose: "OCD" }
C798: "profile_preview_token" { function: "Functional", purpose: "OCD" }
C799: "login_with_shop_finalize" { function: "Functional", purpose: "OCD" }
C800: "preview_theme" { function: "Functional", purpose: "OCD" }
C801: "shopify-editor-unconfirmed-settings" { function: "Functional", purpose: "OCD" }
C803: "_shopify_essential_" { function: "Functional", purpose: "OCD" }
            }
            provider "Hubspot" {
C804: "__hs_opt_out" { function: "Functional", purpose: "OCD" }
C805: "__hs_initial_opt_in" { function: "Functional", purpose: "OCD" }
C806: "hs_ab_test" { function: "Functional", purpose: "OCD" }
C807: "hs-messages-is-open" { function: "Functional", purpose: "OCD" }
C808: "hs-messages-hide-welcome-message" { function: "Functional", purpose: "OCD" }
C809: "__hsmem" { function: "Functional", purpose: "OCD" }
C811: "hs_langswitcher_choice" { function: "Functional", purpose: "OCD" }
C817: "hubspotapi-prefs" { function: "Functional", purpose: "OCD" }
            }
            provider "HubSpot" {
C819: "__hs_cookie_cat_pref" { function: "Functional", purpose: "OCD" }
C820: "__hs_gpc_banner_dismiss" { function: "Functional", purpose: "OCD" }
C821: "__hs_notify_banner_dismiss" { function: "Functional", purpose: "OCD" }
            }
            provider "Vimeo" {
C823: "Player" { function: "Functional", purpose: "OCD" }
C824: "continuous_play_v3" { function: "Functional", purpose: "OCD" }
            }
            provider "Stripe" {
C827: "__stripe_mid" { function: "Functional", purpose: "OCD" }
C828: "m" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce" {
C829: "woocommerce_cart_hash" { function: "Functional", purpose: "OCD" }
C830: "woocommerce_items_in_cart" { function: "Functional", purpose: "OCD" }
C831: "wp_woocommerce_session_" { function: "Functional", purpose: "OCD" }
C832: "woocommerce_recently_viewed" { function: "Functional", purpose: "OCD" }
C833: "store_notice" { function: "Functional", purpose: "OCD" }
C834: "woocommerce_snooze_suggestions__" { function: "Functional", purpose: "OCD" }
C835: "woocommerce_dismissed_suggestions__" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce / Jetpack" {
C836: "tk_ai" { function: "Functional", purpose: "OCD" }
            }
            provider "Imperva" {
C846: "incap_ses_" { function: "Functional", purpose: "OCD" }
C847: "nlbi_" { function: "Functional", purpose: "OCD" }
C848: "visid_incap_" { function: "Functional", purpose: "OCD" }
            }
            provider "Spotify" {
C849: "sp_t" { function: "Functional", purpose: "OCD" }
C850: "sp_landing" { function: "Functional", purpose: "OCD" }
            }
            provider "Xandr" {
C855: "sess" { function: "Functional", purpose: "OCD" }
            }
            provider "Intershop" {
C857: "cc-" { function: "Functional", purpose: "OCD" }
C858: "pgid-org-" { function: "Functional", purpose: "OCD" }
C859: "SecureSessionID-" { function: "Functional", purpose: "OCD" }
            }
            provider "Kentico" {
C861: "CMSCookieLevel" { function: "Functional", purpose: "OCD" }
            }
            provider "Snapchat" {
C868: "X-AB" { function: "Functional", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C869: "_vwo_uuid_v2" { function: "Functional", purpose: "OCD" }
C870: "_vwo_uuid" { function: "Functional", purpose: "OCD" }
C871: "_vis_opt_s" { function: "Functional", purpose: "OCD" }
C872: "_vis_opt_test_cookie" { function: "Functional", purpose: "OCD" }
C873: "_vis_opt_exp_" { function: "Functional", purpose: "OCD" }
C876: "_vwo_ssm" { function: "Functional", purpose: "OCD" }
            }
            provider "ZOHO" {
C877: "zc_consent" { function: "Functional", purpose: "OCD" }
C880: "zc_cu_exp" { function: "Functional", purpose: "OCD" }
C882: "uesign" { function: "Functional", purpose: "OCD" }
            }
            provider "WhatsApp" {
C883: "wa_ul" { function: "Functional", purpose: "OCD" }
C884: "wa_lang_pref" { function: "Functional", purpose: "OCD" }
            }
            provider "Drupal CMS" {
C894: "has_js" { function: "Functional", purpose: "OCD" }
            }
            provider "SnapEngage" {
C898: "SnapABugUserAlias" { function: "Functional", purpose: "OCD" }
C899: "SnapABugVisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Yithemes.com" {
C902: "yith_wcwl_session_" { function: "Functional", purpose: "OCD" }
            }
            provider "NGINX Ingresss" {
C920: "INGRESSCOOKIE" { function: "Functional", purpose: "OCD" }
            }
            provider "Alteon" {
C921: "AlteonP" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Law Info" {
C926: "cookielawinfo-checkbox-necessary" { function: "Functional", purpose: "OCD" }
C927: "cookielawinfo-checkbox-non-necessary" { function: "Functional", purpose: "OCD" }
C928: "viewed_cookie_policy" { function: "Functional", purpose: "OCD" }
C929: "cookielawinfo-checkbox-marketing" { function: "Functional", purpose: "OCD" }
C930: "cookielawinfo-checkbox-analytics" { function: "Functional", purpose: "OCD" }
C931: "cookielawinfo-checkbox-performance" { function: "Functional", purpose: "OCD" }
C932: "cookielawinfo-checkbox-functional" { function: "Functional", purpose: "OCD" }
C933: "cookielawinfo-checkbox-advertisement" { function: "Functional", purpose: "OCD" }
C934: "cli_user_preference" { function: "Functional", purpose: "OCD" }
C935: "cookielawinfo-checkbox-preferences" { function: "Functional", purpose: "OCD" }
C936: "CookieLawInfoConsent" { function: "Functional", purpose: "OCD" }
            }
            provider "Sooqr" {
C949: "__sqra" { function: "Functional", purpose: "OCD" }
C950: "__sqrb" { function: "Functional", purpose: "OCD" }
C951: "__sqrc" { function: "Functional", purpose: "OCD" }
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
C964: "AUTH_SESSION_ID_LEGACY" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai Botmanager" {
C965: "_abck" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai" {
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
C1027: "apbct_" { function: "Functional", purpose: "OCD" }
C1028: "ct_" { function: "Functional", purpose: "OCD" }
C1029: "spbc_cookies_test" { function: "Functional", purpose: "OCD" }
C1030: "spbc_firewall_pass_key" { function: "Functional", purpose: "OCD" }
C1031: "spbc_is_logged_in" { function: "Functional", purpose: "OCD" }
C1032: "spbc_2fa_passed" { function: "Functional", purpose: "OCD" }
C1033: "spbc_timer" { function: "Functional", purpose: "OCD" }
C1034: "spbc_log_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Auth0" {
C1046: "auth0_compat" { function: "Functional", purpose: "OCD" }
C1047: "auth0-mf" { function: "Functional", purpose: "OCD" }
C1048: "auth0-mf_compat" { function: "Functional", purpose: "OCD" }
C1049: "did" { function: "Functional", purpose: "OCD" }
C1050: "did_compat" { function: "Functional", purpose: "OCD" }
C1051: "__txn_" { function: "Functional", purpose: "OCD" }
            }
            provider "JoomlArt" {
C1054: "ja_purity_tpl" { function: "Functional", purpose: "OCD" }
C1055: "ja_purity_ii_tpl" { function: "Functional", purpose: "OCD" }
            }
            provider "f5 BIG-IP" {
C1056: "BIGipServer" { function: "Functional", purpose: "OCD" }
            }
            provider "Ezoic" {
C1057: "ezds" { function: "Functional", purpose: "OCD" }
C1059: "ezohw" { function: "Functional", purpose: "OCD" }
C1062: "ezostid_" { function: "Functional", purpose: "OCD" }
C1072: "ezoawesome_" { function: "Functional", purpose: "OCD" }
            }
            provider "Easysize.me" {
C1073: "easysize_button_loaded_for_user" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C1074: "swym-email" { function: "Functional", purpose: "OCD" }
C1075: "swym-session-id" { function: "Functional", purpose: "OCD" }
C1076: "swym-pid" { function: "Functional", purpose: "OCD" }
C1077: "swym-swymRegid" { function: "Functional", purpose: "OCD" }
C1078: "swym-cu_ct" { function: "Functional", purpose: "OCD" }
C1079: "swym-o_s" { function: "Functional", purpose: "OCD" }
C1080: "swym-instrumentMap" { function: "Functional", purpose: "OCD" }
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
C1090: "nsid" { function: "Functional", purpose: "OCD" }
C1091: "X-PP-SILOVER" { function: "Functional", purpose: "OCD" }
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
C1102: "bbnp_notices_displayed" { function: "Functional", purpose: "OCD" }
C1103: "bbsitebuilder_active" { function: "Functional", purpose: "OCD" }
C1104: "bblastvisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Processwire" {
C1106: "wires" { function: "Functional", purpose: "OCD" }
C1107: "wires_challenge" { function: "Functional", purpose: "OCD" }
            }
            provider "Braze" {
C1108: "ab.storage.userId." { function: "Functional", purpose: "OCD" }
C1111: "ab.optOut" { function: "Functional", purpose: "OCD" }
C1112: "ab._gd" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C1113: "devicePixelRatio" { function: "Functional", purpose: "OCD" }
C1118: "wp-settings-" { function: "Functional", purpose: "OCD" }
C1119: "wporg_logged_in" { function: "Functional", purpose: "OCD" }
C1120: "wporg_sec" { function: "Functional", purpose: "OCD" }
C1121: "wporg_locale" { function: "Functional", purpose: "OCD" }
C1122: "welcome-" { function: "Functional", purpose: "OCD" }
C1123: "showComments" { function: "Functional", purpose: "OCD" }
C1124: "trac_form_token" { function: "Functional", purpose: "OCD" }
C1125: "trac_session" { function: "Functional", purpose: "OCD" }
C1126: "codexToken" { function: "Functional", purpose: "OCD" }
C1127: "codexUserName" { function: "Functional", purpose: "OCD" }
C1129: "wp-saving-post" { function: "Functional", purpose: "OCD" }
C1130: "comment_author_" { function: "Functional", purpose: "OCD" }
C1131: "comment_author_url_" { function: "Functional", purpose: "OCD" }
C1132: "wp-postpass_" { function: "Functional", purpose: "OCD" }
C1133: "wp-settings-time-" { function: "Functional", purpose: "OCD" }
C1134: "tix_view_token" { function: "Functional", purpose: "OCD" }
C1135: "jetpackState" { function: "Functional", purpose: "OCD" }
C1136: "jpp_math_pass" { function: "Functional", purpose: "OCD" }
C1137: "stnojs" { function: "Functional", purpose: "OCD" }
C1988: "wp_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie First" {
C1138: "cookiefirst-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Iubenda" {
C1139: "_iub_cs-" { function: "Functional", purpose: "OCD" }
            }
            provider "Didomi" {
C1140: "didomi_token" { function: "Functional", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1141: "_global_lucky_opt_out" { function: "Functional", purpose: "OCD" }
C1142: "_lo_np_" { function: "Functional", purpose: "OCD" }
C1143: "_lo_bn" { function: "Functional", purpose: "OCD" }
C1144: "_lo_cid" { function: "Functional", purpose: "OCD" }
            }
            provider "Axeptio" {
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
C1158: "__cmpconsent" { function: "Functional", purpose: "OCD" }
C1159: "__cmpiab" { function: "Functional", purpose: "OCD" }
C1160: "__cmpcvc" { function: "Functional", purpose: "OCD" }
C1161: "__cmpccc" { function: "Functional", purpose: "OCD" }
C1162: "__cmpwel" { function: "Functional", purpose: "OCD" }
C1163: "__cmpiuid" { function: "Functional", purpose: "OCD" }
C1164: "__cmpccx" { function: "Functional", purpose: "OCD" }
C1165: "__cmpcc" { function: "Functional", purpose: "OCD" }
C1166: "__cmpfcc" { function: "Functional", purpose: "OCD" }
C1167: "__cmpld" { function: "Functional", purpose: "OCD" }
C1168: "__cmpccpausps" { function: "Functional", purpose: "OCD" }
            }
            provider "Hu-manity.co" {
C1169: "hu-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Complianz" {
C1170: "complianz_policy_id" { function: "Functional", purpose: "OCD" }
C1171: "complianz_consent_status" { function: "Functional", purpose: "OCD" }
C1172: "cmplz_marketing" { function: "Functional", purpose: "OCD" }
C1173: "cmplz_preferences" { function: "Functional", purpose: "OCD" }
C1174: "cmplz_functional" { function: "Functional", purpose: "OCD" }
C1175: "cmplz_stats" { function: "Functional", purpose: "OCD" }
C1176: "cmplz_choice" { function: "Functional", purpose: "OCD" }
C1177: "cmplz_id" { function: "Functional", purpose: "OCD" }
C1178: "cmplz_user_data" { function: "Functional", purpose: "OCD" }
C1179: "cmplz_saved_services" { function: "Functional", purpose: "OCD" }
C1180: "cmplz_consented_services" { function: "Functional", purpose: "OCD" }
C1181: "cmplz_policy_id" { function: "Functional", purpose: "OCD" }
C1182: "cmplz_saved_categories" { function: "Functional", purpose: "OCD" }
C1183: "cmplz_banner-status" { function: "Functional", purpose: "OCD" }
            }
            provider "Moove" {
C1184: "moove_gdpr_popup" { function: "Functional", purpose: "OCD" }
            }
            provider "Termly" {
C1185: "__tlbcpv" { function: "Functional", purpose: "OCD" }
C1186: "__tltpl_" { function: "Functional", purpose: "OCD" }
C1187: "__tluid" { function: "Functional", purpose: "OCD" }
            }
            provider "ShareThis" {
C1190: "pubconsent" { function: "Functional", purpose: "OCD" }
C1191: "st_optout" { function: "Functional", purpose: "OCD" }
C1193: "pxcelAcc3PC" { function: "Functional", purpose: "OCD" }
C1195: "usprivacy" { function: "Functional", purpose: "OCD" }
C1196: "fpestid" { function: "Functional", purpose: "OCD" }
            }
            provider "SAP" {
C1206: "gac_" { function: "Functional", purpose: "OCD" }
C1207: "gig_canary" { function: "Functional", purpose: "OCD" }
C1208: "gig_canary_3" { function: "Functional", purpose: "OCD" }
C1209: "gig_canary_ver" { function: "Functional", purpose: "OCD" }
C1211: "glt_" { function: "Functional", purpose: "OCD" }
C1212: "gig_last_ver_" { function: "Functional", purpose: "OCD" }
C1213: "gig_loginToken_" { function: "Functional", purpose: "OCD" }
C1214: "_gig_shareUI_cb_" { function: "Functional", purpose: "OCD" }
C1216: "gig_toggles" { function: "Functional", purpose: "OCD" }
C1217: "gig3pc" { function: "Functional", purpose: "OCD" }
C1218: "gig3pctest" { function: "Functional", purpose: "OCD" }
C1220: "gst" { function: "Functional", purpose: "OCD" }
C1221: "GSLM_" { function: "Functional", purpose: "OCD" }
C1223: "SAML_" { function: "Functional", purpose: "OCD" }
C1224: "gltexp_" { function: "Functional", purpose: "OCD" }
C1226: "ua_" { function: "Functional", purpose: "OCD" }
            }
            provider "phpMyAdmin" {
C1244: "pmaAuth-" { function: "Functional", purpose: "OCD" }
C1245: "phpMyAdmin" { function: "Functional", purpose: "OCD" }
C1246: "pmaUser-" { function: "Functional", purpose: "OCD" }
C1247: "pma_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Plesk" {
C1248: "PLESKSESSID" { function: "Functional", purpose: "OCD" }
C1249: "plesk-items-per-page" { function: "Functional", purpose: "OCD" }
C1250: "plek-list-type" { function: "Functional", purpose: "OCD" }
C1251: "plesk-sort-dir" { function: "Functional", purpose: "OCD" }
C1252: "plesk-sort-field" { function: "Functional", purpose: "OCD" }
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
C1275: "_pbjs_userid_consent_data" { function: "Functional", purpose: "OCD" }
            }
            provider "Fastclick" {
C1290: "fastclick" { function: "Functional", purpose: "OCD" }
            }
            provider "Live helper chat" {
C1293: "lhc_per" { function: "Functional", purpose: "OCD" }
C1294: "lhc_ldep" { function: "Functional", purpose: "OCD" }
C1295: "lhc_ses" { function: "Functional", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1300: "_ym_debug" { function: "Functional", purpose: "OCD" }
C1302: "_ym_hostIndex" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C1312: "_KMPage" { function: "Functional", purpose: "OCD" }
C1313: "_KnowledgePageDispatcher" { function: "Functional", purpose: "OCD" }
C1314: "_KnowledgePageFilter" { function: "Functional", purpose: "OCD" }
C1315: "_KnowledgePageFilterArticleArticleType" { function: "Functional", purpose: "OCD" }
C1316: "_KnowledgePageFilterArticlePublishStatus" { function: "Functional", purpose: "OCD" }
C1317: "_KnowledgePageFilterArticleValidationStatus" { function: "Functional", purpose: "OCD" }
C1318: "_KnowledgePageFilterLanguage" { function: "Functional", purpose: "OCD" }
C1319: "_KnowledgePageFilterMyDraftArticleType" { function: "Functional", purpose: "OCD" }
C1320: "_KnowledgePageFilterMyDraftPublishStatus" { function: "Functional", purpose: "OCD" }
C1321: "_KnowledgePageFilterMyDraftValidationStatus" { function: "Functional", purpose: "OCD" }
C1322: "_KnowledgePageSortFieldMyDraft" { function: "Functional", purpose: "OCD" }
C1323: "_spring_KmMlAnyoneDraftArticlesList" { function: "Functional", purpose: "OCD" }
C1324: "_spring_KmMlArchivedArticlesList" { function: "Functional", purpose: "OCD" }
C1325: "_spring_KmMlMyDraftArticlesList" { function: "Functional", purpose: "OCD" }
C1326: "_spring_KmMlMyDraftTranslationsList" { function: "Functional", purpose: "OCD" }
C1327: "_spring_KmMlPublishedArticlesList" { function: "Functional", purpose: "OCD" }
C1328: "_spring_KmMlPublishedTranslationsList" { function: "Functional", purpose: "OCD" }
C1329: "_sid" { function: "Functional", purpose: "OCD" }
C1330: "activeView" { function: "Functional", purpose: "OCD" }
C1333: "autocomplete" { function: "Functional", purpose: "OCD" }
C1335: "caPanelState" { function: "Functional", purpose: "OCD" }
C1336: "renderCtx" { function: "Functional", purpose: "OCD" }
C1338: "force-stream" { function: "Functional", purpose: "OCD" }
C1339: "sfdc-stream" { function: "Functional", purpose: "OCD" }
C1340: "BrowserId_sec" { function: "Functional", purpose: "OCD" }
C1341: "force-proxy-stream" { function: "Functional", purpose: "OCD" }
C1342: "BrowserId" { function: "Functional", purpose: "OCD" }
C1343: "QCQQ" { function: "Functional", purpose: "OCD" }
C1344: "sid_Client" { function: "Functional", purpose: "OCD" }
C1345: "rsid" { function: "Functional", purpose: "OCD" }
C1346: "rsid2" { function: "Functional", purpose: "OCD" }
C1347: "RRetURL" { function: "Functional", purpose: "OCD" }
C1348: "RRetURL2" { function: "Functional", purpose: "OCD" }
C1349: "alohaEpt" { function: "Functional", purpose: "OCD" }
C1350: "clientSrc" { function: "Functional", purpose: "OCD" }
C1353: "oid" { function: "Functional", purpose: "OCD" }
C1354: "CookieConsentPolicy" { function: "Functional", purpose: "OCD" }
C1357: "cordovaVersion" { function: "Functional", purpose: "OCD" }
C1358: "cqcid" { function: "Functional", purpose: "OCD" }
C1359: "csssid" { function: "Functional", purpose: "OCD" }
C1360: "csssid_Client" { function: "Functional", purpose: "OCD" }
C1362: "disco" { function: "Functional", purpose: "OCD" }
C1363: "FedAuth" { function: "Functional", purpose: "OCD" }
C1364: "gTalkCollapsed" { function: "Functional", purpose: "OCD" }
C1365: "guest_uuid_essential_" { function: "Functional", purpose: "OCD" }
C1366: "hideDevelopmentTools" { function: "Functional", purpose: "OCD" }
C1367: "hideFilesWarningModal" { function: "Functional", purpose: "OCD" }
C1369: "ideaToggle" { function: "Functional", purpose: "OCD" }
C1370: "inst" { function: "Functional", purpose: "OCD" }
C1371: "iotcontextsplashdisable" { function: "Functional", purpose: "OCD" }
C1372: "lastlist" { function: "Functional", purpose: "OCD" }
C1373: "liveagent_invite_rejected_" { function: "Functional", purpose: "OCD" }
C1374: "liveagent_sid" { function: "Functional", purpose: "OCD" }
C1375: "lloopch_loid" { function: "Functional", purpose: "OCD" }
C1376: "login" { function: "Functional", purpose: "OCD" }
C1377: "pc-unit" { function: "Functional", purpose: "OCD" }
C1378: "PreferredLanguage" { function: "Functional", purpose: "OCD" }
C1379: "promptTestMod" { function: "Functional", purpose: "OCD" }
C1380: "schgtclose" { function: "Functional", purpose: "OCD" }
C1381: "sfdc_lv2" { function: "Functional", purpose: "OCD" }
C1382: "showNewBuilderWarningMessage" { function: "Functional", purpose: "OCD" }
C1383: "sidebarPinned" { function: "Personalization", purpose: "OCD" }
C1384: "ssostartpage" { function: "Functional", purpose: "OCD" }
C1385: "SUCSP" { function: "Functional", purpose: "OCD" }
C1386: "SUPRM" { function: "Functional", purpose: "OCD" }
C1387: "t" { function: "Functional", purpose: "OCD" }
C1388: "useStandbyUrl" { function: "Functional", purpose: "OCD" }
C1389: "waveUserPrefFinderLeftNav" { function: "Personalization", purpose: "OCD" }
C1390: "waveUserPrefFinderListView" { function: "Personalization", purpose: "OCD" }
C1391: "WelcomePanel" { function: "Functional", purpose: "OCD" }
C1392: "__Host-ERIC_PROD-" { function: "Functional", purpose: "OCD", secure }
C1393: "SetupDomainProbePassed" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C1397: "cookieyesID" { function: "Functional", purpose: "OCD" }
C1398: "cky-consent" { function: "Functional", purpose: "OCD" }
C1399: "cookieyes-necessary" { function: "Functional", purpose: "OCD" }
C1400: "cookieyes-functional" { function: "Functional", purpose: "OCD" }
C1401: "cookieyes-analytics" { function: "Functional", purpose: "OCD" }
C1402: "cookieyes-advertisement" { function: "Functional", purpose: "OCD" }
C1403: "cookieyes_session" { function: "Functional", purpose: "OCD" }
C1404: "cky-action" { function: "Functional", purpose: "OCD" }
C1405: "cookieyes-performance" { function: "Functional", purpose: "OCD" }
C1406: "cookieyes-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "J2EE" {
C1409: "JSESSIONID" { function: "Functional", purpose: "OCD" }
            }
            provider "SiteSpect" {
C1410: "SSLB" { function: "Functional", purpose: "OCD" }
C1411: "SSPV" { function: "Functional", purpose: "OCD" }
C1412: "SSRT" { function: "Functional", purpose: "OCD" }
C1413: "SSSC" { function: "Functional", purpose: "OCD" }
            }
            provider "Wufoo" {
C1414: "ep202" { function: "Functional", purpose: "OCD" }
            }
            provider "SurveyMonkey" {
C1415: "RP_" { function: "Functional", purpose: "OCD" }
C1416: "sso_user" { function: "Functional", purpose: "OCD" }
C1417: "CX_" { function: "Functional", purpose: "OCD" }
C1418: "P_" { function: "Functional", purpose: "OCD" }
C1419: "sm_ir" { function: "Functional", purpose: "OCD" }
C1420: "sm_rec" { function: "Functional", purpose: "OCD" }
C1421: "RE_" { function: "Functional", purpose: "OCD" }
C1422: "REPID_" { function: "Functional", purpose: "OCD" }
            }
            provider "Xenforo" {
C1424: "xf_consent" { function: "Functional", purpose: "OCD" }
C1426: "xf_inline_mod_" { function: "Functional", purpose: "OCD" }
C1427: "xf_language_id" { function: "Functional", purpose: "OCD" }
C1428: "xf_ls" { function: "Functional", purpose: "OCD" }
C1429: "xf_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1430: "xf_push_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1431: "xf_push_subscription_updated" { function: "Functional", purpose: "OCD" }
C1432: "xf_session" { function: "Functional", purpose: "OCD" }
C1433: "xf_style_id" { function: "Functional", purpose: "OCD" }
C1434: "xf_tfa_trust" { function: "Functional", purpose: "OCD" }
C1435: "xf_toggle" { function: "Functional", purpose: "OCD" }
C1436: "xf_user" { function: "Functional", purpose: "OCD" }
C1437: "xf_from_search" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Script" {
C1446: "CookieScriptConsent" { function: "Functional", purpose: "OCD" }
            }
            provider "Rack" {
C1447: "rack.session" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C1449: "__tbc" { function: "Functional", purpose: "OCD" }
C1450: "__pls" { function: "Functional", purpose: "OCD" }
C1451: "__tac" { function: "Functional", purpose: "OCD" }
C1459: "pnespsdk_ssn" { function: "Functional", purpose: "OCD" }
C1460: "__pil" { function: "Functional", purpose: "OCD" }
C1461: "__pid" { function: "Functional", purpose: "OCD" }
C1462: "__idr" { function: "Functional", purpose: "OCD" }
C1463: "__eea" { function: "Functional", purpose: "OCD" }
C1464: "__code" { function: "Functional", purpose: "OCD" }
C1465: "__bid" { function: "Functional", purpose: "OCD" }
C1466: "__ut" { function: "Functional", purpose: "OCD" }
C1469: "__pnahc" { function: "Functional", purpose: "OCD" }
C1470: "LANG" { function: "Functional", purpose: "OCD" }
C1471: "LANG_CHANGED" { function: "Functional", purpose: "OCD" }
C1472: "_pprv" { function: "Functional", purpose: "OCD" }
C1473: "_pcid" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightspeed" {
C1487: "COOKIELAW_ADS" { function: "Functional", purpose: "OCD" }
C1488: "COOKIELAW_SOCIAL" { function: "Functional", purpose: "OCD" }
C1489: "COOKIELAW_STATS" { function: "Functional", purpose: "OCD" }
C1490: "COOKIELAW" { function: "Functional", purpose: "OCD" }
            }
            provider "Civic" {
C1495: "CookieControl" { function: "Functional", purpose: "OCD" }
C1496: "HACIVICLB" { function: "Functional", purpose: "OCD" }
C1497: "HACIVIC" { function: "Functional", purpose: "OCD" }
C1498: "HAAPPLB" { function: "Functional", purpose: "OCD" }
            }
            provider "Perl" {
C1506: "CGISESSID" { function: "Functional", purpose: "OCD" }
            }
            provider "Citrix" {
C1515: "NSC_" { function: "Functional", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1518: "loginnotify_prevlogins" { function: "Functional", purpose: "OCD" }
C1519: "stopMobileRedirect" { function: "Functional", purpose: "OCD" }
            }
            provider "Viafoura" {
C1650: "_vf_rd_test" { function: "Functional", purpose: "OCD" }
C1651: "VfSess" { function: "Functional", purpose: "OCD" }
C1652: "VfRefresh" { function: "Functional", purpose: "OCD" }
C1653: "VfAccess" { function: "Functional", purpose: "OCD" }
C1654: "vfThirdpartyCookiesEnabled" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C1679: "connect.sid" { function: "Functional", purpose: "OCD" }
C1680: "_zendesk_cookie" { function: "Functional", purpose: "OCD" }
C1681: "zte2095" { function: "Functional", purpose: "OCD" }
C1682: "__zlcprivacy" { function: "Functional", purpose: "OCD" }
C1683: "__zlcmid" { function: "Functional", purpose: "OCD" }
C1684: "_answer_bot_service_session" { function: "Functional", purpose: "OCD" }
C1685: "ZD-zE_oauth" { function: "Functional", purpose: "OCD" }
C1686: "_zendesk_session" { function: "Functional", purpose: "OCD" }
C1687: "zendesk_thirdparty_test" { function: "Functional", purpose: "OCD" }
C1688: "_zendesk_shared_session" { function: "Functional", purpose: "OCD" }
C1689: "_zendesk_authenticated" { function: "Functional", purpose: "OCD" }
C1690: "help_center_data" { function: "Functional", purpose: "OCD" }
C1692: "_zendesk_nps_session" { function: "Functional", purpose: "OCD" }
C1693: "ZD-settings" { function: "Functional", purpose: "OCD" }
C1696: "ZD-store" { function: "Functional", purpose: "OCD" }
C1697: "ZD-widgetOpen" { function: "Functional", purpose: "OCD" }
C1698: "ZD-launcherLabelRemoved" { function: "Functional", purpose: "OCD" }
C1699: "_zdsession_talk_embeddables_service" { function: "Functional", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1700: "RT" { function: "Functional", purpose: "OCD" }
            }
            provider "Twitch" {
C1708: "api_token" { function: "Functional", purpose: "OCD" }
C1709: "unique_id" { function: "Functional", purpose: "OCD" }
C1710: "unique_id_durable" { function: "Functional", purpose: "OCD" }
C1711: "session_unique_id" { function: "Functional", purpose: "OCD" }
C1712: "server_session_id" { function: "Functional", purpose: "OCD" }
C1713: "auth-token" { function: "Functional", purpose: "OCD" }
C1714: "enable-compact-scene-listing" { function: "Functional", purpose: "OCD" }
C1715: "videoChat.notice_dismissed" { function: "Functional", purpose: "OCD" }
C1716: "chat_rules_shown" { function: "Functional", purpose: "OCD" }
C1717: "algoliasearch-client-js" { function: "Functional", purpose: "OCD" }
C1718: "device_id" { function: "Functional", purpose: "OCD" }
C1719: "referrer_url" { function: "Functional", purpose: "OCD" }
C1720: "sentry_device_id" { function: "Functional", purpose: "OCD" }
C1721: "session_storage_last_visited_twitch_url" { function: "Functional", purpose: "OCD" }
C1722: "local_storage_app_session_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1736: "ce_signup_flow" { function: "Functional", purpose: "OCD" }
C1738: "ceac" { function: "Functional", purpose: "OCD" }
C1739: "cean" { function: "Functional", purpose: "OCD" }
C1740: "cehc" { function: "Functional", purpose: "OCD" }
C1741: "celi" { function: "Functional", purpose: "OCD" }
C1742: "cean_assoc" { function: "Functional", purpose: "OCD" }
C1743: "first_snapshot_url" { function: "Functional", purpose: "OCD" }
C1744: "sharing_" { function: "Functional", purpose: "OCD" }
C1745: "ce_sid" { function: "Functional", purpose: "OCD" }
C1746: "cecu" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightbox CDN" {
C1747: "TiPMix" { function: "Functional", purpose: "OCD" }
            }
            provider "Wistia" {
C1748: "_distillery" { function: "Functional", purpose: "OCD" }
C1749: "muxData" { function: "Functional", purpose: "OCD" }
C1750: "wistia-http2-push-disabled" { function: "Functional", purpose: "OCD" }
C1751: "wistia" { function: "Functional", purpose: "OCD" }
C1752: "wistia-video-progress-" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1763: "DYID" { function: "Functional", purpose: "OCD" }
C1764: "_dyid" { function: "Functional", purpose: "OCD" }
C1765: "_dyid_server" { function: "Functional", purpose: "OCD" }
C1766: "DYSES" { function: "Functional", purpose: "OCD" }
C1767: "_dyjsession" { function: "Functional", purpose: "OCD" }
C1770: "_dycnst" { function: "Functional", purpose: "OCD" }
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
            }
            provider "Codepen" {
C1794: "__editor_layout" { function: "Functional", purpose: "OCD" }
C1795: "codepen_session" { function: "Functional", purpose: "OCD" }
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
C1851: "_gh_sess" { function: "Functional", purpose: "OCD" }
C1853: "gist_user_session" { function: "Functional", purpose: "OCD" }
C1854: "has_recent_activity" { function: "Functional", purpose: "OCD" }
C1855: "__Host-gist_user_session_same_site" { function: "Functional", purpose: "OCD", secure }
C1856: "__Host-user_session_same_site" { function: "Functional", purpose: "OCD", secure }
C1857: "marketplace_repository_ids" { function: "Functional", purpose: "OCD" }
C1858: "marketplace_suggested_target_id" { function: "Functional", purpose: "OCD" }
C1860: "org_transform_notice" { function: "Functional", purpose: "OCD" }
C1861: "private_mode_user_session" { function: "Functional", purpose: "OCD" }
C1863: "saml_return_to_legacy" { function: "Functional", purpose: "OCD" }
C1864: "show_cookie_banner" { function: "Functional", purpose: "OCD" }
C1865: "tz" { function: "Functional", purpose: "OCD" }
C1866: "user_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Convert Insights" {
C1872: "_conv_r" { function: "Functional", purpose: "OCD" }
C1873: "_conv_s" { function: "Functional", purpose: "OCD" }
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
            provider "Dynatrace" {
C1917: "b925d32c" { function: "Functional", purpose: "OCD" }
C1918: "ssoCSRFCookie" { function: "Functional", purpose: "OCD" }
C1919: "p23mn32t" { function: "Functional", purpose: "OCD" }
C1920: "iu2g34bw" { function: "Functional", purpose: "OCD" }
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
C1943: "DLBCTLYOXA" { function: "Functional", purpose: "OCD" }
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
C125: "S1" { function: "Analytics", purpose: "OCD" }
C126: "C1" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
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
C262: "SM" { function: "Analytics", purpose: "OCD" }
C263: "CLID" { function: "Analytics", purpose: "OCD" }
C264: "MicrosoftApplicationsTelemetryDeviceId" { function: "Analytics", purpose: "OCD" }
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
C296: "__insp_dct" { function: "Analytics", purpose: "OCD" }
C607: "__insp_norec_sess" { function: "Analytics", purpose: "OCD" }
C608: "__insp_slim" { function: "Analytics", purpose: "OCD" }
C609: "__insp_targlpt" { function: "Analytics", purpose: "OCD" }
            }
            provider "Indeed" {
C297: "ctkgen" { function: "Analytics", purpose: "OCD" }
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
C344: "_hjShownFeedbackMessage" { function: "Analytics", purpose: "OCD" }
C346: "_hjCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oracle" {
C366: "ELOQUA" { function: "Analytics", purpose: "OCD" }
C367: "ELQSTATUS" { function: "Analytics", purpose: "OCD" }
            }
            provider "LinkedIn" {
C383: "AnalyticsSyncHistory" { function: "Analytics", purpose: "OCD" }
C384: "ln_or" { function: "Analytics", purpose: "OCD" }
C391: "l_page" { function: "Analytics", purpose: "OCD" }
C436: "queryString" { function: "Analytics", purpose: "OCD" }
C438: "sharebox-suggestion" { function: "Analytics", purpose: "OCD" }
C439: "li_cc" { function: "Analytics", purpose: "OCD" }
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
            provider "Smartadserver" {
C548: "vs" { function: "Analytics", purpose: "OCD" }
C557: "pbw" { function: "Analytics", purpose: "OCD" }
            }
            provider "Taboola" {
C574: "abLdr" { function: "Analytics", purpose: "OCD" }
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
C710: "_pk_id" { function: "Analytics", purpose: "OCD" }
C711: "_pk_ref" { function: "Analytics", purpose: "OCD" }
C712: "_pk_ses" { function: "Analytics", purpose: "OCD" }
C713: "_pk_hsr" { function: "Analytics", purpose: "OCD" }
C714: "_pk_testcookie" { function: "Analytics", purpose: "OCD" }
C715: "mtm_consent" { function: "Analytics", purpose: "OCD" }
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
C802: "shop_analytics" { function: "Analytics", purpose: "OCD" }
            }
            provider "Vimeo" {
C822: "vuid" { function: "Analytics", purpose: "OCD" }
C825: "sd_identity" { function: "Analytics", purpose: "OCD" }
C826: "sd_client_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "WooCommerce" {
C837: "sbjs_session" { function: "Analytics", purpose: "OCD" }
C838: "sbjs_udata" { function: "Analytics", purpose: "OCD" }
C839: "sbjs_first" { function: "Analytics", purpose: "OCD" }
C840: "sbjs_first_add" { function: "Analytics", purpose: "OCD" }
C841: "sbjs_current_add" { function: "Analytics", purpose: "OCD" }
C842: "sbjs_migrations" { function: "Analytics", purpose: "OCD" }
            }
            provider "Xandr" {
C852: "usersync" { function: "Analytics", purpose: "OCD" }
C854: "pses" { function: "Analytics", purpose: "OCD" }
            }
            provider "Kentico" {
C862: "CMSLandingPageLoaded" { function: "Analytics", purpose: "OCD" }
C863: "CMSUserPage" { function: "Analytics", purpose: "OCD" }
C864: "CurrentContact" { function: "Analytics", purpose: "OCD" }
C865: "VisitorStatus" { function: "Analytics", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C874: "_vwo_ds" { function: "Analytics", purpose: "OCD" }
C875: "_vwo_referrer" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piwik" {
C938: "stg_traffic_source_priority" { function: "Analytics", purpose: "OCD" }
C939: "stg_last_interaction" { function: "Analytics", purpose: "OCD" }
C940: "stg_returning_visitor" { function: "Analytics", purpose: "OCD" }
C941: "stg_externalReferrer" { function: "Analytics", purpose: "OCD" }
C942: "_pk_id." { function: "Analytics", purpose: "OCD" }
C943: "ppms_privacy_" { function: "Analytics", purpose: "OCD" }
C944: "ppms_privacy_bar_" { function: "Analytics", purpose: "OCD" }
C945: "stg_fired__" { function: "Analytics", purpose: "OCD" }
C946: "stg_utm_campaign" { function: "Analytics", purpose: "OCD" }
C947: "stg_pk_campaign" { function: "Analytics", purpose: "OCD" }
C948: "stg_global_opt_out" { function: "Analytics", purpose: "OCD" }
            }
            provider "Siteimprove" {
C952: "nmstat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Snowplow" {
C953: "sp" { function: "Analytics", purpose: "OCD" }
C954: "_sp_id." { function: "Analytics", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C976: "BVBRANDID" { function: "Analytics", purpose: "OCD" }
C977: "BVBRANDSID" { function: "Analytics", purpose: "OCD" }
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
C1021: "Pastease.passive.activated" { function: "Analytics", purpose: "OCD" }
C1022: "Pastease.passive.chance" { function: "Analytics", purpose: "OCD" }
            }
            provider "Algolia" {
C1036: "_ALGOLIA" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ahoy" {
C1044: "ahoy_visit" { function: "Analytics", purpose: "OCD" }
C1045: "ahoy_visitor" { function: "Analytics", purpose: "OCD" }
            }
            provider "AT Internet" {
C1052: "atidvisitor" { function: "Analytics", purpose: "OCD" }
C1053: "atuserid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ezoic" {
C1058: "ezoadgid_" { function: "Analytics", purpose: "OCD" }
C1060: "ezopvc_" { function: "Analytics", purpose: "OCD" }
C1061: "ezoref_" { function: "Analytics", purpose: "OCD" }
C1065: "ezouid_" { function: "Analytics", purpose: "OCD" }
C1066: "ezovid_" { function: "Analytics", purpose: "OCD" }
C1067: "ezovuuid_" { function: "Analytics", purpose: "OCD" }
C1068: "ezovuuidtime_" { function: "Analytics", purpose: "OCD" }
C1069: "ezux_ifep_" { function: "Analytics", purpose: "OCD" }
C1070: "ezux_lpl_" { function: "Analytics", purpose: "OCD" }
C1071: "ezux_tos_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Braze" {
C1109: "ab.storage.sessionId." { function: "Analytics", purpose: "OCD" }
C1110: "ab.storage.deviceId." { function: "Analytics", purpose: "OCD" }
            }
            provider "WordPress" {
C1114: "tk_qs" { function: "Analytics", purpose: "OCD" }
C1116: "tk_r3d" { function: "Analytics", purpose: "OCD" }
C1117: "tk_tc" { function: "Analytics", purpose: "OCD" }
C1128: "camptix_client_stats" { function: "Analytics", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1145: "_lo_uid" { function: "Analytics", purpose: "OCD" }
C1146: "_lo_rid" { function: "Analytics", purpose: "OCD" }
C1147: "_lo_v" { function: "Analytics", purpose: "OCD" }
C1148: "__lotl" { function: "Analytics", purpose: "OCD" }
C1149: "__lotr" { function: "Analytics", purpose: "OCD" }
            }
            provider "ShareThis" {
C1188: "__stid" { function: "Analytics", purpose: "OCD" }
C1192: "pxcelBcnLcy" { function: "Analytics", purpose: "OCD" }
C1194: "pxcelPage" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mailchimp" {
C1229: "mc_cid" { function: "Analytics", purpose: "OCD" }
C1230: "mc_landing_site" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adhese" {
C1236: "adhese2" { function: "Analytics", purpose: "OCD" }
            }
            provider "Chartbeat" {
C1264: "_chartbeat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1296: "_ym_metrika_enabled" { function: "Analytics", purpose: "OCD" }
C1297: "_ym_isad" { function: "Analytics", purpose: "OCD" }
C1298: "_ym_uid" { function: "Analytics", purpose: "OCD" }
C1299: "yabs-sid" { function: "Analytics", purpose: "OCD" }
C1301: "_ym_visorc_" { function: "Analytics", purpose: "OCD" }
C1303: "yandexuid" { function: "Analytics", purpose: "OCD" }
C1304: "yuidss" { function: "Analytics", purpose: "OCD" }
C1305: "ymex" { function: "Analytics", purpose: "OCD" }
C1306: "usst" { function: "Analytics", purpose: "OCD" }
C1307: "is_gdpr_b" { function: "Analytics", purpose: "OCD" }
C1308: "is_gdpr" { function: "Analytics", purpose: "OCD" }
C1309: "yabs-vdrf" { function: "Analytics", purpose: "OCD" }
C1310: "bh" { function: "Analytics", purpose: "OCD" }
C1311: "yashr" { function: "Analytics", purpose: "OCD" }
            }
            provider "Salesforce" {
C1332: "auraBrokenDefGraph" { function: "Analytics", purpose: "OCD" }
C1334: "calViewState" { function: "Analytics", purpose: "OCD" }
C1337: "pctrk" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piano" {
C1448: "pa_user" { function: "Analytics", purpose: "OCD" }
C1453: "cX_P" { function: "Analytics", purpose: "OCD" }
C1456: "pnespsdk_visitor" { function: "Analytics", purpose: "OCD" }
C1457: "pnespsdk_push_subscription_added" { function: "Analytics", purpose: "OCD" }
C1467: "__pvi" { function: "Analytics", purpose: "OCD" }
C1468: "__pat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dotmetrics" {
C1474: "DotMetrics.SessionCookieTemp" { function: "Analytics", purpose: "OCD" }
C1475: "DotMetrics.UniqueUserIdentityCookie" { function: "Analytics", purpose: "OCD" }
C1476: "DotMetrics.DeviceKey" { function: "Analytics", purpose: "OCD" }
C1477: "DotMetrics.SessionCookieTempTimed" { function: "Analytics", purpose: "OCD" }
            }
            provider "Gemius" {
C1480: "__gfp_64b" { function: "Analytics", purpose: "OCD" }
C1481: "__gfp_s_64b" { function: "Analytics", purpose: "OCD" }
C1482: "Gdyn" { function: "Analytics", purpose: "OCD" }
            }
            provider "Duda" {
C1491: "dm_timezone_offset" { function: "Analytics", purpose: "OCD" }
C1492: "dm_last_visit" { function: "Analytics", purpose: "OCD" }
C1493: "dm_total_visits" { function: "Analytics", purpose: "OCD" }
C1494: "dm_last_page_view" { function: "Analytics", purpose: "OCD" }
            }
            provider "Intercom" {
C1499: "intercom-id-" { function: "Analytics", purpose: "OCD" }
C1500: "intercom-session-" { function: "Analytics", purpose: "OCD" }
C1501: "intercom-device-id-" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mixpanel" {
C1502: "mp_" { function: "Analytics", purpose: "OCD" }
            }
            provider "Beslist.nl" {
C1503: "client_bslstaid" { function: "Analytics", purpose: "OCD" }
C1504: "client_bslstmatch" { function: "Analytics", purpose: "OCD" }
C1505: "client_bslstsid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1520: "centralnotice_bucket" { function: "Analytics", purpose: "OCD" }
C1521: "GeoIP" { function: "Analytics", purpose: "OCD" }
C1522: "NetWorkProbeLimit" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABlyft" {
C1525: "ablyft_exps" { function: "Analytics", purpose: "OCD" }
C1526: "ablyft_queue" { function: "Analytics", purpose: "OCD" }
C1527: "ablyft_uvs" { function: "Analytics", purpose: "OCD" }
C1528: "ablyft_tracking_consent" { function: "Analytics", purpose: "OCD" }
            }
            provider "Bit.ly" {
C1630: "_bit" { function: "Analytics", purpose: "OCD" }
            }
            provider "Viafoura" {
C1647: "_vfa" { function: "Analytics", purpose: "OCD" }
C1648: "_vfb" { function: "Analytics", purpose: "OCD" }
C1649: "_vfz" { function: "Analytics", purpose: "OCD" }
            }
            provider "Marfeel" {
C1662: "_ut" { function: "Analytics", purpose: "OCD" }
C1663: "_s" { function: "Analytics", purpose: "OCD" }
C1664: "_lv" { function: "Analytics", purpose: "OCD" }
C1665: "_nrbi" { function: "Analytics", purpose: "OCD" }
C1666: "compass_sid" { function: "Analytics", purpose: "OCD" }
C1667: "___m_rec" { function: "Analytics", purpose: "OCD" }
            }
            provider "Zendesk" {
C1691: "_zdshared_user_session_analytics" { function: "Analytics", purpose: "OCD" }
C1694: "ZD-suid" { function: "Analytics", purpose: "OCD" }
C1695: "ZD-buid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1702: "TATravelInfo" { function: "Analytics", purpose: "OCD" }
C1703: "TAUnique" { function: "Analytics", purpose: "OCD" }
C1704: "TAReturnTo" { function: "Analytics", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1723: "_ceir" { function: "Analytics", purpose: "OCD" }
C1724: "_CEFT" { function: "Analytics", purpose: "OCD" }
C1725: "_ce.s" { function: "Analytics", purpose: "OCD" }
C1726: "_ce.cch" { function: "Analytics", purpose: "OCD" }
C1727: "_ce.gtld" { function: "Analytics", purpose: "OCD" }
C1728: "ce_successful_csp_check" { function: "Analytics", purpose: "OCD" }
C1729: "cebs" { function: "Analytics", purpose: "OCD" }
C1730: "cebsp_" { function: "Analytics", purpose: "OCD" }
C1731: "_ce.clock_event" { function: "Analytics", purpose: "OCD" }
C1732: "_ce.clock_data" { function: "Analytics", purpose: "OCD" }
C1733: "_ce.irv" { function: "Analytics", purpose: "OCD" }
C1734: "ceft_variant_override" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1768: "_dy_csc_ses" { function: "Analytics", purpose: "OCD" }
C1769: "_dycmc" { function: "Analytics", purpose: "OCD" }
C1771: "_dy_df_geo" { function: "Analytics", purpose: "OCD" }
C1772: "_dy_geo" { function: "Analytics", purpose: "OCD" }
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
C1805: "rl_session" { function: "Analytics", purpose: "OCD" }
C1806: "rl_auth_token" { function: "Analytics", purpose: "OCD" }
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
C1828: "_cs_ex" { function: "Analytics", purpose: "OCD" }
C1829: "_cs_optout" { function: "Analytics", purpose: "OCD" }
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
C1840: "_hp5_meta." { function: "Analytics", purpose: "OCD" }
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
C1874: "QSI_HistorySession" { function: "Analytics", purpose: "OCD" }
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
C1886: "QSI_SI_" { function: "Analytics", purpose: "OCD" }
            }
            provider "CognitoForms" {
C1894: "c-referrer" { function: "Analytics", purpose: "OCD" }
C1895: "c-signup" { function: "Analytics", purpose: "OCD" }
C1896: "c-plan" { function: "Analytics", purpose: "OCD" }
C1897: "cognito.organization" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dynatrace" {
C1909: "dtCookie" { function: "Analytics", purpose: "OCD" }
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
C57: "ACLK_DATA" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google" {
C62: "AdID" { function: "Marketing", purpose: "OCD" }
C63: "DSID" { function: "Marketing", purpose: "OCD" }
C64: "gcl" { function: "Marketing", purpose: "OCD" }
C65: "gac" { function: "Marketing", purpose: "OCD" }
C77: "1P_JAR" { function: "Marketing", purpose: "OCD" }
C89: "AID" { function: "Marketing", purpose: "OCD" }
C90: "SID" { function: "Marketing", purpose: "OCD" }
C91: "HSID" { function: "Marketing", purpose: "OCD" }
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
C114: "LSID" { function: "Marketing", purpose: "OCD" }
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
C137: "dst" { function: "Marketing", purpose: "OCD" }
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
C148: "cid" { function: "Marketing", purpose: "OCD" }
C149: "GCM" { function: "Marketing", purpose: "OCD" }
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
C160: "adformfrpid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Facebook" {
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
C171: "s" { function: "Marketing", purpose: "OCD" }
C172: "datr" { function: "Marketing", purpose: "OCD" }
C173: "fr" { function: "Marketing", purpose: "OCD" }
C174: "oo" { function: "Marketing", purpose: "OCD" }
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
C194: "MSFPC" { function: "Marketing", purpose: "OCD" }
C195: "_uetsid" { function: "Marketing", purpose: "OCD" }
C196: "ANON" { function: "Marketing", purpose: "OCD" }
C197: "ANONCHK" { function: "Marketing", purpose: "OCD" }
C198: "CC" { function: "Marketing", purpose: "OCD" }
C207: "MH" { function: "Marketing", purpose: "OCD" }
C208: "childinfo" { function: "Marketing", purpose: "OCD" }
C209: "kcdob" { function: "Marketing", purpose: "OCD" }
C210: "kcrelid" { function: "Marketing", purpose: "OCD" }
C211: "kcru" { function: "Marketing", purpose: "OCD" }
C212: "pcfm" { function: "Marketing", purpose: "OCD" }
C214: "ToptOut" { function: "Marketing", purpose: "OCD" }
C215: "ACH01" { function: "Marketing", purpose: "OCD" }
C218: "_RwBf" { function: "Marketing", purpose: "OCD" }
C219: "_UR" { function: "Marketing", purpose: "OCD" }
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
C274: "guest_id_marketing" { function: "Marketing", purpose: "OCD" }
C275: "guest_id_ads" { function: "Marketing", purpose: "OCD" }
C276: "_twitter_sess" { function: "Marketing", purpose: "OCD" }
C277: "ads_prefs" { function: "Marketing", purpose: "OCD" }
C278: "auth_token" { function: "Marketing", purpose: "OCD" }
C281: "dnt" { function: "Marketing", purpose: "OCD" }
C282: "eu_cn" { function: "Marketing", purpose: "OCD" }
C283: "external_referer" { function: "Marketing", purpose: "OCD" }
C284: "kdt" { function: "Marketing", purpose: "OCD" }
C285: "remember_checked_on" { function: "Marketing", purpose: "OCD" }
C286: "rweb_optin" { function: "Marketing", purpose: "OCD" }
C287: "syndication_guest_id" { function: "Marketing", purpose: "OCD" }
C288: "tfw_exp" { function: "Marketing", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C303: "ccec_user" { function: "Marketing", purpose: "OCD" }
            }
            provider "Youtube" {
C304: "GPS" { function: "Marketing", purpose: "OCD" }
C305: "VISITOR_INFO1_LIVE" { function: "Marketing", purpose: "OCD" }
C310: "VISITOR_PRIVACY_METADATA" { function: "Marketing", purpose: "OCD" }
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
C332: "__uin_mm" { function: "Marketing", purpose: "OCD" }
C333: "__uir_mm" { function: "Marketing", purpose: "OCD" }
C1753: "__uin_rh" { function: "Marketing", purpose: "OCD" }
C1754: "__uir_rh" { function: "Marketing", purpose: "OCD" }
C1755: "HAPLB3A" { function: "Marketing", purpose: "OCD" }
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
C375: "trkInfo" { function: "Marketing", purpose: "OCD" }
C376: "li_oatml" { function: "Marketing", purpose: "OCD" }
C377: "liap" { function: "Marketing", purpose: "OCD" }
C378: "lissc" { function: "Marketing", purpose: "OCD" }
C379: "spectroscopyId" { function: "Marketing", purpose: "OCD" }
C385: "li_sugr" { function: "Marketing", purpose: "OCD" }
C388: "lms_ads" { function: "Marketing", purpose: "OCD" }
C389: "_guid" { function: "Marketing", purpose: "OCD" }
C390: "BizographicsOptOut" { function: "Marketing", purpose: "OCD" }
C392: "ABSELB" { function: "Marketing", purpose: "OCD" }
C393: "brwsr" { function: "Marketing", purpose: "OCD" }
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
C460: "CMST" { function: "Marketing", purpose: "OCD" }
            }
            provider "Outbrain" {
C461: "cookieJartestCookie" { function: "Marketing", purpose: "OCD" }
C462: "obuid" { function: "Marketing", purpose: "OCD" }
C463: "apnxs" { function: "Marketing", purpose: "OCD" }
C464: "criteo" { function: "Marketing", purpose: "OCD" }
C465: "mdfrc" { function: "Marketing", purpose: "OCD" }
C466: "adrl" { function: "Marketing", purpose: "OCD" }
C467: "ttd" { function: "Marketing", purpose: "OCD" }
C468: "recs" { function: "Marketing", purpose: "OCD" }
C561: "bdswch" { function: "Marketing", purpose: "OCD" }
C1815: "obsessionid-" { function: "Marketing", purpose: "OCD" }
C1816: "opout" { function: "Marketing", purpose: "OCD" }
C1817: "europe" { function: "Marketing", purpose: "OCD" }
C1818: "ref-" { function: "Marketing", purpose: "OCD" }
C1819: "outbrain_dicbo_id" { function: "Marketing", purpose: "OCD" }
C1820: "unifiedPixel" { function: "Marketing", purpose: "OCD" }
C1821: "dicbo_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "justpremium.com" {
C471: "jpxumaster" { function: "Marketing", purpose: "OCD" }
            }
            provider "PubMatic" {
C472: "PUBMDCID" { function: "Marketing", purpose: "OCD" }
C473: "pp" { function: "Marketing", purpose: "OCD" }
C474: "SPugT" { function: "Marketing", purpose: "OCD" }
C475: "KADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
C476: "PUBRETARGET" { function: "Marketing", purpose: "OCD" }
C477: "KCCH" { function: "Marketing", purpose: "OCD" }
C478: "SyncRTB" { function: "Marketing", purpose: "OCD" }
C479: "DPSync" { function: "Marketing", purpose: "OCD" }
C480: "ADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
C481: "PugT" { function: "Marketing", purpose: "OCD" }
C482: "KRTBCOOKIE_" { function: "Marketing", purpose: "OCD" }
C485: "USCC" { function: "Marketing", purpose: "OCD" }
C486: "DPPIX_ON" { function: "Marketing", purpose: "OCD" }
C487: "SYNCUPPIX_ON" { function: "Marketing", purpose: "OCD" }
C489: "camfreq_" { function: "Marketing", purpose: "OCD" }
C490: "pubfreq_" { function: "Marketing", purpose: "OCD" }
C493: "DPFQ" { function: "Marketing", purpose: "OCD" }
C494: "pi" { function: "Marketing", purpose: "OCD" }
            }
            provider "ID5" {
C504: "id5" { function: "Marketing", purpose: "OCD" }
C505: "cip" { function: "Marketing", purpose: "OCD" }
C506: "callback" { function: "Marketing", purpose: "OCD" }
C507: "cnac" { function: "Marketing", purpose: "OCD" }
C508: "cf" { function: "Marketing", purpose: "OCD" }
            }
            provider "ComScore" {
C511: "UIDR" { function: "Marketing", purpose: "OCD" }
C512: "UID" { function: "Marketing", purpose: "OCD" }
C513: "PID" { function: "Marketing", purpose: "OCD" }
C514: "XID" { function: "Marketing", purpose: "OCD" }
            }
            provider "semasio.net" {
C515: "SEUNCY" { function: "Marketing", purpose: "OCD" }
            }
            provider "Federated Media Publishing" {
C516: "ljt_reader" { function: "Marketing", purpose: "OCD" }
            }
            provider "rekmob.com" {
C517: "rek_content" { function: "Marketing", purpose: "OCD" }
            }
            provider "Improve Digital" {
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
C525: "tt_exelate" { function: "Marketing", purpose: "OCD" }
C526: "tt_liveramp" { function: "Marketing", purpose: "OCD" }
C527: "tt_neustar" { function: "Marketing", purpose: "OCD" }
C528: "tt_salesforce" { function: "Marketing", purpose: "OCD" }
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
C537: "st_csd" { function: "Marketing", purpose: "OCD" }
C538: "st_cs" { function: "Marketing", purpose: "OCD" }
C539: "st_uid" { function: "Marketing", purpose: "OCD" }
C540: "st_cnt" { function: "Marketing", purpose: "OCD" }
C541: "st_ssp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smartadserver" {
C542: "cnfq" { function: "Marketing", purpose: "OCD" }
C543: "lcsrc" { function: "Marketing", purpose: "OCD" }
C545: "gid" { function: "Marketing", purpose: "OCD" }
C546: "csfq" { function: "Marketing", purpose: "OCD" }
C547: "partner-" { function: "Marketing", purpose: "OCD" }
C549: "Comp" { function: "Marketing", purpose: "OCD" }
C550: "Pwb" { function: "Marketing", purpose: "OCD" }
C552: "sasd2" { function: "Marketing", purpose: "OCD" }
C553: "TestIfCookie" { function: "Marketing", purpose: "OCD" }
C554: "csync" { function: "Marketing", purpose: "OCD" }
C555: "TestIfCookieP" { function: "Marketing", purpose: "OCD" }
C556: "pid" { function: "Marketing", purpose: "OCD" }
C558: "lcsrd" { function: "Marketing", purpose: "OCD" }
            }
            provider "Unrulymedia.com" {
C560: "unruly_m" { function: "Marketing", purpose: "OCD" }
            }
            provider "LiveIntent" {
C562: "lidid" { function: "Marketing", purpose: "OCD" }
C563: "_li_ss" { function: "Marketing", purpose: "OCD" }
            }
            provider "TripleLift" {
C564: "tluidp" { function: "Marketing", purpose: "OCD" }
C565: "optout" { function: "Marketing", purpose: "OCD" }
C566: "sync" { function: "Marketing", purpose: "OCD" }
            }
            provider "Taboola" {
C567: "t_gid" { function: "Marketing", purpose: "OCD" }
C569: "taboola_session_id" { function: "Marketing", purpose: "OCD" }
C573: "_tb_t_ppg" { function: "Marketing", purpose: "OCD" }
            }
            provider "openx.net" {
C576: "i" { function: "Marketing", purpose: "OCD" }
C577: "univ_id" { function: "Marketing", purpose: "OCD" }
C578: "pd" { function: "Marketing", purpose: "OCD" }
C579: "OAID" { function: "Marketing", purpose: "OCD" }
C580: "OAGEO" { function: "Marketing", purpose: "OCD" }
            }
            provider "Funda" {
C581: "DG_HID" { function: "Marketing", purpose: "OCD" }
C582: "DG_IID" { function: "Marketing", purpose: "OCD" }
C583: "DG_SID" { function: "Marketing", purpose: "OCD" }
C584: "DG_UID" { function: "Marketing", purpose: "OCD" }
C585: "DG_ZID" { function: "Marketing", purpose: "OCD" }
C586: "DG_ZUID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adxcore" {
C596: "advst_uid_11" { function: "Marketing", purpose: "OCD" }
C597: "DISPATCHER" { function: "Marketing", purpose: "OCD" }
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
C632: "ev_sync_pm" { function: "Marketing", purpose: "OCD" }
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
C646: "uid-bp-" { function: "Marketing", purpose: "OCD" }
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
C654: "amplitude_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Admixer" {
C656: "am-uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "SOVRN" {
C659: "_ljtrtb_" { function: "Marketing", purpose: "OCD" }
C660: "ljtrtb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediamath" {
C661: "uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pinterest" {
C664: "_pin_unauth" { function: "Marketing", purpose: "OCD" }
C665: "_pinterest_ct_ua" { function: "Marketing", purpose: "OCD" }
C666: "sessionFunnelEventLogged" { function: "Marketing", purpose: "OCD" }
C667: "_derived_epik" { function: "Marketing", purpose: "OCD" }
C668: "_pinterest_ct" { function: "Marketing", purpose: "OCD" }
C669: "_pinterest_ct_rt" { function: "Marketing", purpose: "OCD" }
C670: "_epik" { function: "Marketing", purpose: "OCD" }
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
C736: "app_ts" { function: "Marketing", purpose: "OCD" }
C737: "viewer" { function: "Marketing", purpose: "OCD" }
C738: "spx_ts" { function: "Marketing", purpose: "OCD" }
C739: "adx_ts" { function: "Marketing", purpose: "OCD" }
C740: "id_ts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Wix.com" {
C743: "svSession" { function: "Marketing", purpose: "OCD" }
            }
            provider "Shopify" {
C761: "_tracking_consent" { function: "Marketing", purpose: "OCD" }
C762: "_landing_page" { function: "Marketing", purpose: "OCD" }
C763: "_orig_referrer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Hubspot" {
C812: "__hstc" { function: "Marketing", purpose: "OCD" }
C813: "hubspotutk" { function: "Marketing", purpose: "OCD" }
C814: "__hssc" { function: "Marketing", purpose: "OCD" }
C815: "__hssrc" { function: "Marketing", purpose: "OCD" }
C816: "messagesUtk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Reddit" {
C843: "edgebucket" { function: "Marketing", purpose: "OCD" }
C844: "initref" { function: "Marketing", purpose: "OCD" }
C845: "_rdt_uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Xandr" {
C851: "uuid2" { function: "Marketing", purpose: "OCD" }
C853: "icu" { function: "Marketing", purpose: "OCD" }
C856: "XANDR_PANID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Snapchat" {
C866: "sc_at" { function: "Marketing", purpose: "OCD" }
C867: "sc-a-nonce" { function: "Marketing", purpose: "OCD" }
            }
            provider "ZOHO" {
C879: "zc_show" { function: "Marketing", purpose: "OCD" }
C881: "zc_loc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Perfect Audience" {
C885: "pa_rubicon_ts" { function: "Marketing", purpose: "OCD" }
C886: "pa_twitter_ts" { function: "Marketing", purpose: "OCD" }
C887: "pa_yahoo_ts" { function: "Marketing", purpose: "OCD" }
C888: "pa_openx_ts" { function: "Marketing", purpose: "OCD" }
C889: "pa_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "MailMunch" {
C890: "mailmunch_second_pageview" { function: "Marketing", purpose: "OCD" }
C891: "_mailmunch_visitor_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Partnerize" {
C892: "tPHG-PS" { function: "Marketing", purpose: "OCD" }
            }
            provider "Digital Audience" {
C893: "digitalAudience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optinmonster" {
C895: "_omappvs" { function: "Marketing", purpose: "OCD" }
C896: "_omappvp" { function: "Marketing", purpose: "OCD" }
            }
            provider "SnapEngage" {
C897: "SnapABugHistory" { function: "Marketing", purpose: "OCD" }
C900: "SnapABugRef" { function: "Marketing", purpose: "OCD" }
            }
            provider "SpotX" {
C901: "audience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yahoo" {
C903: "A3" { function: "Marketing", purpose: "OCD" }
C904: "APID" { function: "Marketing", purpose: "OCD" }
C905: "APIDTS" { function: "Marketing", purpose: "OCD" }
C906: "IDSYNC" { function: "Marketing", purpose: "OCD" }
C907: "A1" { function: "Marketing", purpose: "OCD" }
C908: "A1S" { function: "Marketing", purpose: "OCD" }
C909: "cmp" { function: "Marketing", purpose: "OCD" }
C910: "adsrcvw1" { function: "Marketing", purpose: "OCD" }
C911: "migrated2y" { function: "Marketing", purpose: "OCD" }
C912: "OTH" { function: "Marketing", purpose: "OCD" }
C913: "rtbData0" { function: "Marketing", purpose: "OCD" }
C914: "rxx" { function: "Marketing", purpose: "OCD" }
C915: "tearsheet" { function: "Marketing", purpose: "OCD" }
C916: "unique_ad_source_impression" { function: "Marketing", purpose: "OCD" }
C917: "axids" { function: "Marketing", purpose: "OCD" }
C918: "GUC" { function: "Marketing", purpose: "OCD" }
C919: "trc_cookie_storage" { function: "Marketing", purpose: "OCD" }
            }
            provider "Quantcast" {
C922: "cref" { function: "Marketing", purpose: "OCD" }
C923: "mc" { function: "Marketing", purpose: "OCD" }
C924: "d" { function: "Marketing", purpose: "OCD" }
C937: "__qca" { function: "Marketing", purpose: "OCD" }
            }
            provider "Issuu" {
C925: "iutk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C978: "BVSID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadinfo" {
C979: "_li_id" { function: "Marketing", purpose: "OCD" }
C980: "_li_ses" { function: "Marketing", purpose: "OCD" }
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
C1024: "wfivefivec" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adition" {
C1025: "UserID1" { function: "Marketing", purpose: "OCD" }
            }
            provider "Audrte" {
C1026: "arcki2" { function: "Marketing", purpose: "OCD" }
            }
            provider "TikTok" {
C1038: "_tt_enable_cookie" { function: "Marketing", purpose: "OCD" }
C1039: "_ttp" { function: "Marketing", purpose: "OCD" }
C1040: "MONITOR_WEB_ID" { function: "Marketing", purpose: "OCD" }
C1041: "msToken" { function: "Marketing", purpose: "OCD" }
C1042: "ttwid" { function: "Marketing", purpose: "OCD" }
C1043: "ttcsid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ezoic" {
C1063: "ezosuigeneris" { function: "Marketing", purpose: "OCD" }
C1064: "ezosuibasgeneris-1" { function: "Marketing", purpose: "OCD" }
            }
            provider "E-volution.ai" {
C1094: "v_usr" { function: "Marketing", purpose: "OCD" }
            }
            provider "StreamTheWorld" {
C1095: "idsync-bsw-uid-s" { function: "Marketing", purpose: "OCD" }
            }
            provider "OnAudience" {
C1096: "done_redirects" { function: "Marketing", purpose: "OCD" }
            }
            provider "Vidoomy" {
C1097: "vidoomy-uids" { function: "Marketing", purpose: "OCD" }
            }
            provider "csync.loopme.me" {
C1105: "viewer_token" { function: "Marketing", purpose: "OCD" }
            }
            provider "WordPress" {
C1115: "tk_or" { function: "Marketing", purpose: "OCD" }
            }
            provider "ShareThis" {
C1189: "__stidv" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C1197: "khaos" { function: "Marketing", purpose: "OCD" }
C1198: "audit" { function: "Marketing", purpose: "OCD" }
C1199: "put_" { function: "Marketing", purpose: "OCD" }
C1200: "rpb" { function: "Marketing", purpose: "OCD" }
C1201: "rpx" { function: "Marketing", purpose: "OCD" }
C1202: "c" { function: "Marketing", purpose: "OCD" }
C1203: "khaos_p" { function: "Marketing", purpose: "OCD" }
C1204: "audit_p" { function: "Marketing", purpose: "OCD" }
C1407: "tv_U" { function: "Marketing", purpose: "OCD" }
C1408: "tvid" { function: "Marketing", purpose: "OCD" }
            }
            provider "SAP" {
C1205: "apiDomain_" { function: "Marketing", purpose: "OCD" }
C1210: "gig_hasGmid" { function: "Marketing", purpose: "OCD" }
C1215: "_gigRefUid_" { function: "Marketing", purpose: "OCD" }
C1219: "gmid" { function: "Marketing", purpose: "OCD" }
C1222: "hasGmid" { function: "Marketing", purpose: "OCD" }
C1225: "_gig_" { function: "Marketing", purpose: "OCD" }
C1227: "ucid" { function: "Marketing", purpose: "OCD" }
            }
            provider "The Ozone Project" {
C1228: "ozone_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beamer" {
C1231: "_BEAMER_FIRST_VISIT_" { function: "Marketing", purpose: "OCD" }
C1232: "_BEAMER_USER_ID_" { function: "Marketing", purpose: "OCD" }
C1233: "_BEAMER_DATE_" { function: "Marketing", purpose: "OCD" }
C1234: "_BEAMER_LAST_POST_SHOWN_" { function: "Marketing", purpose: "OCD" }
C1235: "_BEAMER_FILTER_BY_URL_" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adhese" {
C1237: "cap" { function: "Marketing", purpose: "OCD" }
C1238: "pubmatic_uid" { function: "Marketing", purpose: "OCD" }
C1239: "improvedigital_uid" { function: "Marketing", purpose: "OCD" }
C1240: "rubicon_uid" { function: "Marketing", purpose: "OCD" }
C1241: "adform_uid" { function: "Marketing", purpose: "OCD" }
C1242: "triplelift_uid" { function: "Marketing", purpose: "OCD" }
C1243: "adheseCustomer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Kelkoo" {
C1258: "KelkooID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Customer.io" {
C1259: "_cio" { function: "Marketing", purpose: "OCD" }
C1260: "_cioid" { function: "Marketing", purpose: "OCD" }
C1261: "_cioanonid" { function: "Marketing", purpose: "OCD" }
C1262: "cioFT" { function: "Marketing", purpose: "OCD" }
C1263: "cioLT" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tappx" {
C1266: "TXCSDMN_" { function: "Marketing", purpose: "OCD" }
C1267: "TXCD" { function: "Marketing", purpose: "OCD" }
            }
            provider "richAudience" {
C1268: "rai-pltn-pl-" { function: "Marketing", purpose: "OCD" }
C1269: "avcid-" { function: "Marketing", purpose: "OCD" }
C1270: "pdid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Media.net" {
C1271: "data-" { function: "Marketing", purpose: "OCD" }
C1272: "visitor-id" { function: "Marketing", purpose: "OCD" }
C1273: "gdpr_status" { function: "Marketing", purpose: "OCD" }
C1274: "mnet_session_depth" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dotomi" {
C1276: "cjae" { function: "Marketing", purpose: "OCD" }
C1277: "DotomiStatus" { function: "Marketing", purpose: "OCD" }
C1278: "DotomiSession_" { function: "Marketing", purpose: "OCD" }
C1279: "DotomiSync" { function: "Marketing", purpose: "OCD" }
C1280: "dtm_token" { function: "Marketing", purpose: "OCD" }
C1281: "dtm_token_exp" { function: "Marketing", purpose: "OCD" }
C1282: "dtm_tcdata" { function: "Marketing", purpose: "OCD" }
C1283: "dtm_tcdata_exp" { function: "Marketing", purpose: "OCD" }
C1284: "dtm_token_sc" { function: "Marketing", purpose: "OCD" }
C1285: "dtm_user_id" { function: "Marketing", purpose: "OCD" }
C1286: "dtm_user_id_sc" { function: "Marketing", purpose: "OCD" }
C1287: "dtm_gdpr_delete" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fastclick" {
C1288: "pluto2" { function: "Marketing", purpose: "OCD" }
C1289: "pluto" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediaplex" {
C1291: "svid" { function: "Marketing", purpose: "OCD" }
C1292: "rts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Salesforce" {
C1331: "apex__EmailAddress" { function: "Marketing", purpose: "OCD" }
C1351: "oinfo" { function: "Marketing", purpose: "OCD" }
C1352: "expid_" { function: "Marketing", purpose: "OCD" }
C1355: "_kuid_" { function: "Marketing", purpose: "OCD" }
C1356: "visitor_id" { function: "Marketing", purpose: "OCD" }
C1394: "igodigitalstdomain" { function: "Marketing", purpose: "OCD" }
C1395: "igodigitalst_" { function: "Marketing", purpose: "OCD" }
C1396: "igodigitaltc2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Usabilla" {
C1423: "usbls" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sailthru" {
C1438: "sailthru_content" { function: "Marketing", purpose: "OCD" }
C1439: "sailthru_pageviews" { function: "Marketing", purpose: "OCD" }
C1440: "sailthru_visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nielsen" {
C1441: "IMRID" { function: "Marketing", purpose: "OCD" }
C1442: "ud" { function: "Marketing", purpose: "OCD" }
C1443: "udo" { function: "Marketing", purpose: "OCD" }
C1444: "EE" { function: "Marketing", purpose: "OCD" }
            }
            provider "infOnline" {
C1445: "i00" { function: "Marketing", purpose: "OCD" }
            }
            provider "Piano" {
C1452: "_pcus" { function: "Marketing", purpose: "OCD" }
C1454: "cX_G" { function: "Marketing", purpose: "OCD" }
C1455: "gckp" { function: "Marketing", purpose: "OCD" }
C1458: "pnespsdk_pnespid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Qualaroo" {
C1478: "ki_s" { function: "Marketing", purpose: "OCD" }
C1479: "ki_u" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nativo" {
C1483: "visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Verve" {
C1484: "lkqdid" { function: "Marketing", purpose: "OCD" }
C1485: "lkqdidts" { function: "Marketing", purpose: "OCD" }
            }
            provider "33Across" {
C1486: "33x_ps" { function: "Marketing", purpose: "OCD" }
            }
            provider "Disqus" {
C1507: "vglnk.Agent.p" { function: "Marketing", purpose: "OCD" }
C1508: "vglnk.PartnerRfsh.p" { function: "Marketing", purpose: "OCD" }
            }
            provider "Twiago" {
C1509: "deuxesse_uxid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Emetric" {
C1510: "pid_short" { function: "Marketing", purpose: "OCD" }
C1511: "pid_signature" { function: "Marketing", purpose: "OCD" }
C1512: "ep" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pangle" {
C1513: "_pangle" { function: "Marketing", purpose: "OCD" }
            }
            provider "Totvs" {
C1514: "u" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beeswax" {
C1516: "bitoIsSecure" { function: "Marketing", purpose: "OCD" }
C1517: "bito" { function: "Marketing", purpose: "OCD" }
            }
            provider "Acuity" {
C1523: "auid" { function: "Marketing", purpose: "OCD" }
C1524: "aum" { function: "Marketing", purpose: "OCD" }
            }
            provider "MercadoLibre" {
C1529: "edsid" { function: "Marketing", purpose: "OCD" }
C1530: "ftid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Aniview" {
C1531: "aniC" { function: "Marketing", purpose: "OCD" }
C1532: "version" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediarithmics" {
C1533: "mics_vid" { function: "Marketing", purpose: "OCD" }
C1534: "mics_uaid" { function: "Marketing", purpose: "OCD" }
C1535: "mics_lts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C1536: "n360_thirtythreeacross" { function: "Marketing", purpose: "OCD" }
C1537: "n360-thirtythreeacross" { function: "Marketing", purpose: "OCD" }
C1538: "n360_appnexus" { function: "Marketing", purpose: "OCD" }
C1539: "n360-appnexus" { function: "Marketing", purpose: "OCD" }
C1540: "n360_bliink" { function: "Marketing", purpose: "OCD" }
C1541: "n360_amx" { function: "Marketing", purpose: "OCD" }
C1542: "n360-amx" { function: "Marketing", purpose: "OCD" }
C1543: "n360_adform" { function: "Marketing", purpose: "OCD" }
C1544: "n360-adform" { function: "Marketing", purpose: "OCD" }
C1545: "n360_adnuntius" { function: "Marketing", purpose: "OCD" }
C1546: "n360-adnuntius" { function: "Marketing", purpose: "OCD" }
C1547: "n360_adot" { function: "Marketing", purpose: "OCD" }
C1548: "n360-adot" { function: "Marketing", purpose: "OCD" }
C1549: "n360_adyoulike" { function: "Marketing", purpose: "OCD" }
C1550: "n360-adyoulike" { function: "Marketing", purpose: "OCD" }
C1551: "n360_connectad" { function: "Marketing", purpose: "OCD" }
C1552: "n360_conversant" { function: "Marketing", purpose: "OCD" }
C1553: "n360-conversant" { function: "Marketing", purpose: "OCD" }
C1554: "n360_cwire" { function: "Marketing", purpose: "OCD" }
C1555: "n360-cwire" { function: "Marketing", purpose: "OCD" }
C1556: "n360_firstid" { function: "Marketing", purpose: "OCD" }
C1557: "n360-firstid" { function: "Marketing", purpose: "OCD" }
C1558: "n360_freewheel" { function: "Marketing", purpose: "OCD" }
C1559: "n360-freewheel" { function: "Marketing", purpose: "OCD" }
C1560: "n360_fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1561: "n360-fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1562: "n360_fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1563: "n360-fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1564: "n360-fueldigital" { function: "Marketing", purpose: "OCD" }
C1565: "n360_gingerad" { function: "Marketing", purpose: "OCD" }
C1566: "n360-gingerad" { function: "Marketing", purpose: "OCD" }
C1567: "n360_goodad" { function: "Marketing", purpose: "OCD" }
C1568: "n360-goodad" { function: "Marketing", purpose: "OCD" }
C1569: "n360_gravity" { function: "Marketing", purpose: "OCD" }
C1570: "n360-gravity" { function: "Marketing", purpose: "OCD" }
C1571: "n360_groupm" { function: "Marketing", purpose: "OCD" }
C1572: "n360-groupm" { function: "Marketing", purpose: "OCD" }
C1573: "n360_improve" { function: "Marketing", purpose: "OCD" }
C1574: "n360-improve" { function: "Marketing", purpose: "OCD" }
C1575: "n360-ix" { function: "Marketing", purpose: "OCD" }
C1576: "n360_medianet" { function: "Marketing", purpose: "OCD" }
C1577: "n360-medianet" { function: "Marketing", purpose: "OCD" }
C1578: "n360_moneytag" { function: "Marketing", purpose: "OCD" }
C1579: "n360-moneytag" { function: "Marketing", purpose: "OCD" }
C1580: "n360_nextmillennium" { function: "Marketing", purpose: "OCD" }
C1581: "n360-nextmillennium" { function: "Marketing", purpose: "OCD" }
C1582: "n360_onetag" { function: "Marketing", purpose: "OCD" }
C1583: "n360-onetag" { function: "Marketing", purpose: "OCD" }
C1584: "n360_openx" { function: "Marketing", purpose: "OCD" }
C1585: "n360-openx" { function: "Marketing", purpose: "OCD" }
C1586: "n360_outbrain" { function: "Marketing", purpose: "OCD" }
C1587: "n360_plista" { function: "Marketing", purpose: "OCD" }
C1588: "n360-plista" { function: "Marketing", purpose: "OCD" }
C1589: "n360_pubmatic" { function: "Marketing", purpose: "OCD" }
C1590: "n360-pubmatic" { function: "Marketing", purpose: "OCD" }
C1591: "n360_pulsepoint" { function: "Marketing", purpose: "OCD" }
C1592: "n360-pulsepoint" { function: "Marketing", purpose: "OCD" }
C1593: "n360_quantum" { function: "Marketing", purpose: "OCD" }
C1594: "n360-quantum" { function: "Marketing", purpose: "OCD" }
C1595: "n360_richaudience" { function: "Marketing", purpose: "OCD" }
C1596: "n360-richaudience" { function: "Marketing", purpose: "OCD" }
C1597: "n360_rtbhouse" { function: "Marketing", purpose: "OCD" }
C1598: "n360_rubicon" { function: "Marketing", purpose: "OCD" }
C1599: "n360-rubicon" { function: "Marketing", purpose: "OCD" }
C1600: "n360_sharethrough" { function: "Marketing", purpose: "OCD" }
C1601: "n360-sharethrough" { function: "Marketing", purpose: "OCD" }
C1602: "n360_smaato" { function: "Marketing", purpose: "OCD" }
C1603: "n360-smaato" { function: "Marketing", purpose: "OCD" }
C1604: "n360_smartadserver" { function: "Marketing", purpose: "OCD" }
C1605: "n360-smartadserver" { function: "Marketing", purpose: "OCD" }
C1606: "n360_smartyads" { function: "Marketing", purpose: "OCD" }
C1607: "n360-smartyads" { function: "Marketing", purpose: "OCD" }
C1608: "n360_smilewanted" { function: "Marketing", purpose: "OCD" }
C1609: "n360-smilewanted" { function: "Marketing", purpose: "OCD" }
C1610: "n360-staila" { function: "Marketing", purpose: "OCD" }
C1611: "n360_tappx" { function: "Marketing", purpose: "OCD" }
C1612: "n360-tappx" { function: "Marketing", purpose: "OCD" }
C1613: "n360_mediagrid" { function: "Marketing", purpose: "OCD" }
C1614: "n360-mediagrid" { function: "Marketing", purpose: "OCD" }
C1615: "n360_ttd" { function: "Marketing", purpose: "OCD" }
C1616: "n360-ttd" { function: "Marketing", purpose: "OCD" }
C1617: "n360_traffective" { function: "Marketing", purpose: "OCD" }
C1618: "n360-traffective" { function: "Marketing", purpose: "OCD" }
C1619: "n360_triplelift" { function: "Marketing", purpose: "OCD" }
C1620: "n360-triplelift" { function: "Marketing", purpose: "OCD" }
C1621: "n360-yahoo" { function: "Marketing", purpose: "OCD" }
C1622: "n360_vidoomy" { function: "Marketing", purpose: "OCD" }
C1623: "n360-vidoomy" { function: "Marketing", purpose: "OCD" }
C1624: "n360_yieldlab" { function: "Marketing", purpose: "OCD" }
C1625: "n360-yieldlab" { function: "Marketing", purpose: "OCD" }
            }
            provider "MediaVine" {
C1626: "mv_tokens" { function: "Marketing", purpose: "OCD" }
C1627: "mv_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
C1628: "am_tokens" { function: "Marketing", purpose: "OCD" }
C1629: "am_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yieldmo" {
C1631: "ptrcriteo" { function: "Marketing", purpose: "OCD" }
C1632: "ptrrhs" { function: "Marketing", purpose: "OCD" }
C1633: "ptrrc" { function: "Marketing", purpose: "OCD" }
C1634: "ptran" { function: "Marketing", purpose: "OCD" }
C1635: "ptrt" { function: "Marketing", purpose: "OCD" }
C1636: "ptrpp" { function: "Marketing", purpose: "OCD" }
C1637: "ptrpub" { function: "Marketing", purpose: "OCD" }
C1638: "ptrc" { function: "Marketing", purpose: "OCD" }
C1639: "ptrb" { function: "Marketing", purpose: "OCD" }
C1640: "ptropenx" { function: "Marketing", purpose: "OCD" }
C1641: "ptrbsw" { function: "Marketing", purpose: "OCD" }
C1642: "ptreps" { function: "Marketing", purpose: "OCD" }
C1643: "ptradtrt" { function: "Marketing", purpose: "OCD" }
            }
            provider "Springserve" {
C1644: "sst" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bouncex" {
C1645: "dgzsdl08v4" { function: "Marketing", purpose: "OCD" }
C1646: "bounceClientVisit" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tailtarget" {
C1655: "ttbprf" { function: "Marketing", purpose: "OCD" }
C1656: "ttnprf" { function: "Marketing", purpose: "OCD" }
C1657: "n" { function: "Marketing", purpose: "OCD" }
C1658: "trk" { function: "Marketing", purpose: "OCD" }
C1659: "ttca" { function: "Marketing", purpose: "OCD" }
C1660: "tp" { function: "Marketing", purpose: "OCD" }
C1661: "ttgcm" { function: "Marketing", purpose: "OCD" }
            }
            provider "Groovinads" {
C1668: "GRV_BHV_UID" { function: "Marketing", purpose: "OCD" }
C1669: "GRV_BHV_IDCC" { function: "Marketing", purpose: "OCD" }
C1670: "GRV_BHV_SKU" { function: "Marketing", purpose: "OCD" }
C1671: "GRV_BHV_IDCAT" { function: "Marketing", purpose: "OCD" }
C1672: "GRV_BHV_DATE" { function: "Marketing", purpose: "OCD" }
C1673: "GRV_IDU" { function: "Marketing", purpose: "OCD" }
C1674: "NPA" { function: "Marketing", purpose: "OCD" }
C1675: "GRV_BHV_BRND_" { function: "Marketing", purpose: "OCD" }
C1676: "GRV_google" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bidence" {
C1677: "duid_update_time" { function: "Marketing", purpose: "OCD" }
C1678: "_ssp_update_time" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1701: "TADCID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Underdog Media" {
C1705: "dt" { function: "Marketing", purpose: "OCD" }
C1706: "rtbh" { function: "Marketing", purpose: "OCD" }
C1707: "udmts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1735: "_crazyegg" { function: "Marketing", purpose: "OCD" }
C1737: "ce_signup_partner" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adkernel" {
C1756: "SSPR_" { function: "Marketing", purpose: "OCD" }
C1757: "SSPZ" { function: "Marketing", purpose: "OCD" }
C1758: "DSP2F_" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smaato" {
C1759: "SCM" { function: "Marketing", purpose: "OCD" }
            }
            provider "Undertone" {
C1760: "UID_EXT_" { function: "Marketing", purpose: "OCD" }
C1761: "UTID" { function: "Marketing", purpose: "OCD" }
C1762: "UTID_ENC" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1778: "_dy_cs_storage_items" { function: "Marketing", purpose: "OCD" }
C1779: "_dy_cs_cookie_items" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blue" {
C1780: "ckid" { function: "Marketing", purpose: "OCD" }
C1781: "hash" { function: "Marketing", purpose: "OCD" }
            }
            provider "Instagram" {
C1782: "ig_did" { function: "Marketing", purpose: "OCD" }
C1783: "ig_cb" { function: "Marketing", purpose: "OCD" }
C1784: "ds_user_id" { function: "Marketing", purpose: "OCD" }
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
"Secure-YEC" => 42,
"CGIC" => 43,
"_Secure-YEC" => 44,
"__Secure-YNID" => 45,
"CONSENT" => 46,
"SOCS" => 47,
"ACCOUNT_CHOOSER" => 48,
"__Host-1PLSID" => 49,
"__Host-3PLSID" => 50,
"__Host-GAPS" => 51,
"LSOLH" => 52,
"g_enabled_idps" => 53,
"G_AUTHUSER_H" => 54,
"__Secure-ENID" => 55,
"SEARCH_SAMESITE" => 56,
"receive-cookie-deprecation" => 57,
"_GRECAPTCHA" => 58,
"pm_sess" => 59,
"ANID" => 60,
"GA_OPT_OUT" => 61,
"AEC" => 62,
"_gaexp" => 63,
"django_language" => 64,
"test_cookie" => 65,
"sat_track" => 66,
"at_check" => 67,
"renderid" => 68,
"wd" => 69,
"PPAuth" => 70,
"MSPAuth" => 71,
"MSNRPSAuth" => 72,
"KievRPSAuth" => 73,
"WLSSC" => 74,
"MSPProf" => 75,
"MC0" => 76,
"MS0" => 77,
"x-ms-gateway-slice" => 78,
"AADSSO" => 79,
"brcap" => 80,
"buid" => 81,
"fpc" => 82,
"stsservicecookie" => 83,
"ARRAffinity" => 84,
"ARRAffinitySameSite" => 85,
".ASPXANONYMOUS" => 86,
".ASPXAUTH" => 87,
"nSGt-" => 88,
"RpsContextCookie" => 89,
"ASLBSACORS" => 90,
"ASLBSA" => 91,
"ASPSESSIO" => 92,
"ApplicationGatewayAffinityCORS" => 93,
"VisitorStorageGuid" => 94,
".AspNetCore.Mvc.CookieTempDataProvider" => 95,
"x-ms-cpim-admin" => 96,
"x-ms-cpim-slice" => 97,
"x-ms-cpim-trans" => 98,
"x-ms-cpim-sso" => 99,
"x-ms-cpim-cache" => 100,
"x-ms-cpim-csrf" => 101,
"x-ms-cpim-dc" => 102,
"x-ms-cpim-ctx" => 103,
"x-ms-cpim-rc" => 104,
"x-ms-cpim-geo" => 105,
"Dynamics365PortalAnalytics" => 106,
"ai_session" => 107,
"ai_user" => 108,
"AADNonce.forms" => 109,
"DcLcid" => 110,
"isFirstSession" => 111,
"MSO" => 112,
"ASP.NET_Sessio" => 113,
"ASP.NET_Sessio_Fallback" => 114,
"__RequestVerificationToken" => 115,
"ASP.NET_SessionId" => 116,
"cookie-consent-io" => 117,
"cookie-consent-io-timestamp" => 118,
"cookie-consent-io-gdpr" => 119,
"PREF" => 120,
"YSC" => 121,
"DEVICE_INFO" => 122,
"LOGIN_INFO" => 123,
"__cfduid" => 124,
"__cfruid" => 125,
"__cf_bm" => 126,
"cf_chl_2" => 127,
"__cflb" => 128,
"_cfuvid" => 129,
"cf_clearance" => 130,
"cf_ob_info" => 131,
"cf_use_ob" => 132,
"__cfwaitingroom" => 133,
"cf_chl_rc_i" => 134,
"cf_chl_rc_ni" => 135,
"cf_chl_rc_m" => 136,
"_hjUserAttributesHash" => 137,
"_hjLocalStorageTest" => 138,
"_hjptid" => 139,
"_hjAbsoluteSessionInProgress" => 140,
"_hjFirstSeen" => 141,
"_hjIncludedInPageviewSample" => 142,
"_hjIncludedInSessionSample" => 143,
"_hjSession_" => 144,
"_hjSessionUser_" => 145,
"_hjSessionTooLarge" => 146,
"_hjSessionRejected" => 147,
"hjViewportId" => 148,
"_hjSessionStorageTest" => 149,
"_hjCookieTest" => 150,
"JSESSIO" => 151,
"ORA_WWV_APP_" => 152,
"PHPSESSID" => 153,
"__Secure-PHPSESSID" => 154,
"lang" => 155,
"li_gc" => 156,
"li_rm" => 157,
"sdsc" => 158,
"li_mc" => 159,
"lihc_auth_" => 160,
"li_a" => 161,
"li_ep_auth_context" => 162,
"fcookie" => 163,
"ccookie" => 164,
"chp_token" => 165,
"li_cu" => 166,
"denial-client-ip" => 167,
"denial-reason-code" => 168,
"li_referer" => 169,
"f_token" => 170,
"li_apfcdc" => 171,
"li_odapfcc" => 172,
"ac_L" => 173,
"ac_LD" => 174,
"recent_history_status" => 175,
"all_u_b" => 176,
"uh" => 177,
"pushPermInfo" => 178,
"pushPermState" => 179,
"li_ec" => 180,
"li_gpc" => 181,
"li_gp" => 182,
"PLAY_FLASH" => 183,
"PLAY_LANG" => 184,
"PLAY_SESSION" => 185,
"redirectFromM2MInviteAccept" => 186,
"redirectFromM2MInviteSent" => 187,
"cookie.policy.banner.eu" => 188,
"cookie.policy.banner.nl" => 189,
"appName" => 190,
"appLang" => 191,
"feed-sort" => 192,
"abiRedirect" => 193,
"lil-lang" => 194,
"li_alerts" => 195,
"li_theme" => 196,
"integration_type" => 197,
"li_theme_set" => 198,
"lms_analytics" => 199,
"li_fat_id" => 200,
"li_giant" => 201,
"recent_history" => 202,
"AWSALB" => 203,
"AWSALBCORS" => 204,
"AWSELBCORS" => 205,
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
"_curtime" => 218,
"PMDTSHR" => 219,
"chk" => 220,
"chkSecSet" => 221,
"chkChromeAb67" => 222,
"chkChromeAb67Sec" => 223,
"pubsyncexp" => 224,
"ipc" => 225,
"Kiyohnl" => 226,
"gdpr" => 227,
"gpp" => 228,
"cftoken" => 229,
"ss" => 230,
"dyncdn" => 231,
"Pdomid" => 232,
"t_pt_gid" => 233,
"taboola_select" => 234,
"taboola_fp_td_user_id" => 235,
"_tb_sess_r" => 236,
"html-classes" => 237,
"SNLB2" => 238,
"lz_last_visit" => 239,
"lz_userid" => 240,
"lz_visits" => 241,
".secureclient" => 242,
".securesession" => 243,
".stateflags" => 244,
".auth" => 245,
"_pinterest_cm" => 246,
"_pinterest_sess" => 247,
"Nop.customer" => 248,
"NopCommerce.RecentlyViewedProducts" => 249,
"NOPCOMMERCE.AUTH" => 250,
"tsrvid" => 251,
"product_data_storage" => 252,
"mage-cache-sessid" => 253,
"mage-cache-storage" => 254,
"mage-cache-timeout" => 255,
"mage-messages" => 256,
"mage-translation-file-version" => 257,
"mage-translation-storage" => 258,
"recently_compared_product" => 259,
"recently_compared_product_previous" => 260,
"recently_viewed_product" => 261,
"recently_viewed_product_previous" => 262,
"user_allowed_save_cookie" => 263,
"external_no_cache" => 264,
"persistent_shopping_cart" => 265,
"pollN" => 266,
"frontend" => 267,
"guest-view" => 268,
"mage-banners-cache-storage" => 269,
"searchReport-log" => 270,
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
"nrid" => 281,
"OptanonAlertBoxClosed" => 282,
"OptanonControl" => 283,
"OneTrustWPCCPAGoogleOptOut" => 284,
"FunctionalCookie" => 285,
"utm_key" => 286,
"__Secure-fgpt" => 287,
"SSR-caching" => 288,
"smSession" => 289,
"ForceFlashSite" => 290,
"hs" => 291,
"bSession" => 292,
"TS01" => 293,
"wixLanguage" => 294,
"_wixCIDX" => 295,
"_wix_browser_sess" => 296,
"consent-policy" => 297,
"client-session-bind" => 298,
"server-session-bind" => 299,
"_ab" => 300,
"Cart" => 301,
"cart_sig" => 302,
"cart_ts" => 303,
"checkout_token" => 304,
"Secure_customer_sig" => 305,
"storefront_digest" => 306,
"shopify_pay_redirect" => 307,
"cart_currency" => 308,
"keep_alive" => 309,
"checkout_session_token" => 310,
"checkout_session_lookup" => 311,
"cart_ver" => 312,
"localization" => 313,
"locale_bar_accepted" => 314,
"_cmp_a" => 315,
"_customer_account_shop_sessions" => 316,
"customer_account_locale" => 317,
"hide_shopify_pay_for_checkout" => 318,
"master_device_id" => 319,
"discount_code" => 320,
"remember_me" => 321,
"shopify_pay" => 322,
"shop_pay_accelerated" => 323,
"checkout_prefill" => 324,
"checkout_queue_token" => 325,
"checkout_worker_session" => 326,
"checkout_session_token_" => 327,
"identity-state" => 328,
"identity-state-" => 329,
"identity_customer_account_number" => 330,
"card_update_verification_id" => 331,
"customer_account_preview" => 332,
"customer_payment_method" => 333,
"customer_shop_pay_agreement" => 334,
"pay_update_intent_id" => 335,
"profile_preview_token" => 336,
"login_with_shop_finalize" => 337,
"preview_theme" => 338,
"shopify-editor-unconfirmed-settings" => 339,
"_shopify_essential_" => 340,
"__hs_opt_out" => 341,
"__hs_initial_opt_in" => 342,
"hs_ab_test" => 343,
"hs-messages-is-open" => 344,
"hs-messages-hide-welcome-message" => 345,
"__hsmem" => 346,
"hs_langswitcher_choice" => 347,
"hubspotapi-prefs" => 348,
"__hs_cookie_cat_pref" => 349,
"__hs_gpc_banner_dismiss" => 350,
"__hs_notify_banner_dismiss" => 351,
"Player" => 352,
"continuous_play_v3" => 353,
"__stripe_mid" => 354,
"m" => 355,
"woocommerce_cart_hash" => 356,
"woocommerce_items_in_cart" => 357,
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
"X-AB" => 374,
"_vwo_uuid_v2" => 375,
"_vwo_uuid" => 376,
"_vis_opt_s" => 377,
"_vis_opt_test_cookie" => 378,
"_vis_opt_exp_" => 379,
"_vwo_ssm" => 380,
"zc_consent" => 381,
"zc_cu_exp" => 382,
"uesign" => 383,
"wa_ul" => 384,
"wa_lang_pref" => 385,
"has_js" => 386,
"SnapABugUserAlias" => 387,
"SnapABugVisit" => 388,
"yith_wcwl_session_" => 389,
"INGRESSCOOKIE" => 390,
"AlteonP" => 391,
"cookielawinfo-checkbox-necessary" => 392,
"cookielawinfo-checkbox-non-necessary" => 393,
"viewed_cookie_policy" => 394,
"cookielawinfo-checkbox-marketing" => 395,
"cookielawinfo-checkbox-analytics" => 396,
"cookielawinfo-checkbox-performance" => 397,
"cookielawinfo-checkbox-functional" => 398,
"cookielawinfo-checkbox-advertisement" => 399,
"cli_user_preference" => 400,
"cookielawinfo-checkbox-preferences" => 401,
"CookieLawInfoConsent" => 402,
"__sqra" => 403,
"__sqrb" => 404,
"__sqrc" => 405,
"AUTH_SESSION_ID" => 406,
"KC_RESTART" => 407,
"KC_START" => 408,
"KEYCLOAK_IDENTITY" => 409,
"KEYCLOAK_LOCALE" => 410,
"KEYCLOAK_REMEMBER_ME" => 411,
"KEYCLOAK_SESSION" => 412,
"KC_STATE_CHECKER" => 413,
"KC_AUTH_STATE" => 414,
"AUTH_SESSION_ID_LEGACY" => 415,
"_abck" => 416,
"ak_bmsc" => 417,
"bm_sv" => 418,
"CraftSessionId" => 419,
"ci_session" => 420,
"__lc_cid" => 421,
"__lc_cst" => 422,
"__lc2_cid" => 423,
"__lc2_cst" => 424,
"__livechat" => 425,
"CAKEPHP" => 426,
"wp-wpml_current_language" => 427,
"_flowbox" => 428,
"acalltrackersession" => 429,
"excludecalltracking" => 430,
"ckies_functional" => 431,
"ckies_necessary" => 432,
"ckies_performance" => 433,
"ckies_marketing" => 434,
"ClickAndChange" => 435,
"pll_language" => 436,
"browserupdateorg" => 437,
"TawkConnectionTime" => 438,
"TawkCookie" => 439,
"__tawkuuid" => 440,
"sqzl_consent" => 441,
"belco-anonymous-id" => 442,
"belco-cookies" => 443,
"apbct_" => 444,
"ct_" => 445,
"spbc_cookies_test" => 446,
"spbc_firewall_pass_key" => 447,
"spbc_is_logged_in" => 448,
"spbc_2fa_passed" => 449,
"spbc_timer" => 450,
"spbc_log_id" => 451,
"auth0_compat" => 452,
"auth0-mf" => 453,
"auth0-mf_compat" => 454,
"did" => 455,
"did_compat" => 456,
"__txn_" => 457,
"ja_purity_tpl" => 458,
"ja_purity_ii_tpl" => 459,
"BIGipServer" => 460,
"ezds" => 461,
"ezohw" => 462,
"ezostid_" => 463,
"ezoawesome_" => 464,
"easysize_button_loaded_for_user" => 465,
"swym-email" => 466,
"swym-session-id" => 467,
"swym-pid" => 468,
"swym-swymRegid" => 469,
"swym-cu_ct" => 470,
"swym-o_s" => 471,
"swym-instrumentMap" => 472,
"swym-v-ckd" => 473,
"swym-tpermts" => 474,
"swym-u_pref" => 475,
"swym-weml" => 476,
"enforce_policy" => 477,
"x-pp-s" => 478,
"ts" => 479,
"ts_c" => 480,
"tsrce" => 481,
"nsid" => 482,
"X-PP-SILOVER" => 483,
"l7_az" => 484,
"SERVERID" => 485,
"bbuserid" => 486,
"bbpassword" => 487,
"bbsessionhash" => 488,
"bbcpsessionhash" => 489,
"bbnp_notices_displayed" => 490,
"bbsitebuilder_active" => 491,
"bblastvisit" => 492,
"wires" => 493,
"wires_challenge" => 494,
"ab.storage.userId." => 495,
"ab.optOut" => 496,
"ab._gd" => 497,
"devicePixelRatio" => 498,
"wp-settings-" => 499,
"wporg_logged_in" => 500,
"wporg_sec" => 501,
"wporg_locale" => 502,
"welcome-" => 503,
"showComments" => 504,
"trac_form_token" => 505,
"trac_session" => 506,
"codexToken" => 507,
"codexUserName" => 508,
"wp-saving-post" => 509,
"comment_author_" => 510,
"comment_author_url_" => 511,
"wp-postpass_" => 512,
"wp-settings-time-" => 513,
"tix_view_token" => 514,
"jetpackState" => 515,
"jpp_math_pass" => 516,
"stnojs" => 517,
"wp_lang" => 518,
"cookiefirst-consent" => 519,
"_iub_cs-" => 520,
"didomi_token" => 521,
"_global_lucky_opt_out" => 522,
"_lo_np_" => 523,
"_lo_bn" => 524,
"_lo_cid" => 525,
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
"cmplz_marketing" => 548,
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
"cmplz_banner-status" => 559,
"moove_gdpr_popup" => 560,
"__tlbcpv" => 561,
"__tltpl_" => 562,
"__tluid" => 563,
"pubconsent" => 564,
"st_optout" => 565,
"pxcelAcc3PC" => 566,
"usprivacy" => 567,
"fpestid" => 568,
"gac_" => 569,
"gig_canary" => 570,
"gig_canary_3" => 571,
"gig_canary_ver" => 572,
"glt_" => 573,
"gig_last_ver_" => 574,
"gig_loginToken_" => 575,
"_gig_shareUI_cb_" => 576,
"gig_toggles" => 577,
"gig3pc" => 578,
"gig3pctest" => 579,
"gst" => 580,
"GSLM_" => 581,
"SAML_" => 582,
"gltexp_" => 583,
"ua_" => 584,
"pmaAuth-" => 585,
"phpMyAdmin" => 586,
"pmaUser-" => 587,
"pma_lang" => 588,
"PLESKSESSID" => 589,
"plesk-items-per-page" => 590,
"plek-list-type" => 591,
"plesk-sort-dir" => 592,
"plesk-sort-field" => 593,
"lists-state" => 594,
"fe_typo_user" => 595,
"be_typo_user" => 596,
"Typo3InstallTool" => 597,
"be_lastLoginProvider" => 598,
"Datadome" => 599,
"_pbjs_userid_consent_data" => 600,
"fastclick" => 601,
"lhc_per" => 602,
"lhc_ldep" => 603,
"lhc_ses" => 604,
"_ym_debug" => 605,
"_ym_hostIndex" => 606,
"_KMPage" => 607,
"_KnowledgePageDispatcher" => 608,
"_KnowledgePageFilter" => 609,
"_KnowledgePageFilterArticleArticleType" => 610,
"_KnowledgePageFilterArticlePublishStatus" => 611,
"_KnowledgePageFilterArticleValidationStatus" => 612,
"_KnowledgePageFilterLanguage" => 613,
"_KnowledgePageFilterMyDraftArticleType" => 614,
"_KnowledgePageFilterMyDraftPublishStatus" => 615,
"_KnowledgePageFilterMyDraftValidationStatus" => 616,
"_KnowledgePageSortFieldMyDraft" => 617,
"_spring_KmMlAnyoneDraftArticlesList" => 618,
"_spring_KmMlArchivedArticlesList" => 619,
"_spring_KmMlMyDraftArticlesList" => 620,
"_spring_KmMlMyDraftTranslationsList" => 621,
"_spring_KmMlPublishedArticlesList" => 622,
"_spring_KmMlPublishedTranslationsList" => 623,
"_sid" => 624,
"activeView" => 625,
"autocomplete" => 626,
"caPanelState" => 627,
"renderCtx" => 628,
"force-stream" => 629,
"sfdc-stream" => 630,
"BrowserId_sec" => 631,
"force-proxy-stream" => 632,
"BrowserId" => 633,
"QCQQ" => 634,
"sid_Client" => 635,
"rsid" => 636,
"rsid2" => 637,
"RRetURL" => 638,
"RRetURL2" => 639,
"alohaEpt" => 640,
"clientSrc" => 641,
"oid" => 642,
"CookieConsentPolicy" => 643,
"cordovaVersion" => 644,
"cqcid" => 645,
"csssid" => 646,
"csssid_Client" => 647,
"disco" => 648,
"FedAuth" => 649,
"gTalkCollapsed" => 650,
"guest_uuid_essential_" => 651,
"hideDevelopmentTools" => 652,
"hideFilesWarningModal" => 653,
"ideaToggle" => 654,
"inst" => 655,
"iotcontextsplashdisable" => 656,
"lastlist" => 657,
"liveagent_invite_rejected_" => 658,
"liveagent_sid" => 659,
"lloopch_loid" => 660,
"login" => 661,
"pc-unit" => 662,
"PreferredLanguage" => 663,
"promptTestMod" => 664,
"schgtclose" => 665,
"sfdc_lv2" => 666,
"showNewBuilderWarningMessage" => 667,
"sidebarPinned" => 668,
"ssostartpage" => 669,
"SUCSP" => 670,
"SUPRM" => 671,
"t" => 672,
"useStandbyUrl" => 673,
"waveUserPrefFinderLeftNav" => 674,
"waveUserPrefFinderListView" => 675,
"WelcomePanel" => 676,
"__Host-ERIC_PROD-" => 677,
"SetupDomainProbePassed" => 678,
"cookieyesID" => 679,
"cky-consent" => 680,
"cookieyes-necessary" => 681,
"cookieyes-functional" => 682,
"cookieyes-analytics" => 683,
"cookieyes-advertisement" => 684,
"cookieyes_session" => 685,
"cky-action" => 686,
"cookieyes-performance" => 687,
"cookieyes-consent" => 688,
"JSESSIONID" => 689,
"SSLB" => 690,
"SSPV" => 691,
"SSRT" => 692,
"SSSC" => 693,
"ep202" => 694,
"RP_" => 695,
"sso_user" => 696,
"CX_" => 697,
"P_" => 698,
"sm_ir" => 699,
"sm_rec" => 700,
"RE_" => 701,
"REPID_" => 702,
"xf_consent" => 703,
"xf_inline_mod_" => 704,
"xf_language_id" => 705,
"xf_ls" => 706,
"xf_notice_dismiss" => 707,
"xf_push_notice_dismiss" => 708,
"xf_push_subscription_updated" => 709,
"xf_session" => 710,
"xf_style_id" => 711,
"xf_tfa_trust" => 712,
"xf_toggle" => 713,
"xf_user" => 714,
"xf_from_search" => 715,
"CookieScriptConsent" => 716,
"rack.session" => 717,
"__tbc" => 718,
"__pls" => 719,
"__tac" => 720,
"pnespsdk_ssn" => 721,
"__pil" => 722,
"__pid" => 723,
"__idr" => 724,
"__eea" => 725,
"__code" => 726,
"__bid" => 727,
"__ut" => 728,
"__pnahc" => 729,
"LANG" => 730,
"LANG_CHANGED" => 731,
"_pprv" => 732,
"_pcid" => 733,
"COOKIELAW_ADS" => 734,
"COOKIELAW_SOCIAL" => 735,
"COOKIELAW_STATS" => 736,
"COOKIELAW" => 737,
"CookieControl" => 738,
"HACIVICLB" => 739,
"HACIVIC" => 740,
"HAAPPLB" => 741,
"CGISESSID" => 742,
"NSC_" => 743,
"loginnotify_prevlogins" => 744,
"stopMobileRedirect" => 745,
"_vf_rd_test" => 746,
"VfSess" => 747,
"VfRefresh" => 748,
"VfAccess" => 749,
"vfThirdpartyCookiesEnabled" => 750,
"connect.sid" => 751,
"_zendesk_cookie" => 752,
"zte2095" => 753,
"__zlcprivacy" => 754,
"__zlcmid" => 755,
"_answer_bot_service_session" => 756,
"ZD-zE_oauth" => 757,
"_zendesk_session" => 758,
"zendesk_thirdparty_test" => 759,
"_zendesk_shared_session" => 760,
"_zendesk_authenticated" => 761,
"help_center_data" => 762,
"_zendesk_nps_session" => 763,
"ZD-settings" => 764,
"ZD-store" => 765,
"ZD-widgetOpen" => 766,
"ZD-launcherLabelRemoved" => 767,
"_zdsession_talk_embeddables_service" => 768,
"RT" => 769,
"api_token" => 770,
"unique_id" => 771,
"unique_id_durable" => 772,
"session_unique_id" => 773,
"server_session_id" => 774,
"auth-token" => 775,
"enable-compact-scene-listing" => 776,
"videoChat.notice_dismissed" => 777,
"chat_rules_shown" => 778,
"algoliasearch-client-js" => 779,
"device_id" => 780,
"referrer_url" => 781,
"sentry_device_id" => 782,
"session_storage_last_visited_twitch_url" => 783,
"local_storage_app_session_id" => 784,
"ce_signup_flow" => 785,
"ceac" => 786,
"cean" => 787,
"cehc" => 788,
"celi" => 789,
"cean_assoc" => 790,
"first_snapshot_url" => 791,
"sharing_" => 792,
"ce_sid" => 793,
"cecu" => 794,
"TiPMix" => 795,
"_distillery" => 796,
"muxData" => 797,
"wistia-http2-push-disabled" => 798,
"wistia" => 799,
"wistia-video-progress-" => 800,
"DYID" => 801,
"_dyid" => 802,
"_dyid_server" => 803,
"DYSES" => 804,
"_dyjsession" => 805,
"_dycnst" => 806,
"_dy_ses_load_seq" => 807,
"_dy_soct" => 808,
"_dy_toffset" => 809,
"dy_fs_page" => 810,
"mid" => 811,
"_parsely_visitor" => 812,
"_parsely_tpa_blocked" => 813,
"_parsely_slot_click" => 814,
"_parsely_session" => 815,
"__editor_layout" => 816,
"codepen_session" => 817,
"codepen_signup_referrer" => 818,
"codepen_signup_referrer_date" => 819,
"app_manifest_token" => 820,
"color_mode" => 821,
"_device_id" => 822,
"dotcom_user" => 823,
"enterprise_trial_redirect_to" => 824,
"fileTreeExpanded" => 825,
"ghcc" => 826,
"_gh_sess" => 827,
"gist_user_session" => 828,
"has_recent_activity" => 829,
"__Host-gist_user_session_same_site" => 830,
"__Host-user_session_same_site" => 831,
"marketplace_repository_ids" => 832,
"marketplace_suggested_target_id" => 833,
"org_transform_notice" => 834,
"private_mode_user_session" => 835,
"saml_return_to_legacy" => 836,
"show_cookie_banner" => 837,
"tz" => 838,
"user_session" => 839,
"_conv_r" => 840,
"_conv_s" => 841,
"QSI_S_" => 842,
"QST" => 843,
"QSIPopUnder_PopUnderTarget_SI_" => 844,
"QSI_CT" => 845,
"QSI_DATA" => 846,
"QSI_ReplaySession_Throttled_" => 847,
"QSI_ReplaySession_SampledOut_" => 848,
"_form_fields" => 849,
"b925d32c" => 850,
"ssoCSRFCookie" => 851,
"p23mn32t" => 852,
"iu2g34bw" => 853,
"a69k21bb" => 854,
"cgq80xhu" => 855,
"72ddbc27" => 856,
"kj76fg4h" => 857,
"tc_test_cookie" => 858,
"TCIPD" => 859,
"TC_PRIVACY" => 860,
"TC_PRIVACY_CENTER" => 861,
"TC_OUTPUT_categories" => 862,
"tc_sample_" => 863,
"TC_CHECK_COOKIES_SUPPORT" => 864,
"DLBCTLYOXA" => 865,
"FDLBFIRSTAPI" => 866,
"FDLBFIRSTDATA" => 867,
"FDLBFIRSTCAMPAIGN" => 868,
"FDLBFIRSTCAMPAIGNEF" => 869,
"FDLBCAMPAIGNCDOM" => 870,
"FDLBFIRSTTMS" => 871,
"FDLBFIRSTCMP" => 872,
"FDLBFIRST" => 873,
"FDLBCTLY" => 874,
"FDLBFIRSTEVENTS" => 875,
"tc_caids" => 876,
"tc_ss" => 877,
"pxid" => 878,
"permutive-id" => 879,
"tf_respondent_cc" => 880,
"privacypillar-google-consent" => 881,
"privacypillar-cookie-consent" => 882,
"_rp_uid" => 883,
"aw_popup_viewed_page" => 884,
"__Secure-next-auth.callback-url" => 885,
"__Host-next-auth.csrf-token" => 886,
"cookies-functional" => 887,
"cookies-marketing" => 888,
"cookies-preferences" => 889,
"remember_user_token" => 890,
"__next_" => 891,
"drift_" => 892,
"tawk_" => 893,
"lc_" => 894,
"td" => 895,
"_ga" => 896,
"_gali" => 897,
"_ga_" => 898,
"_gid" => 899,
"_gat" => 900,
"_dc_gtm_" => 901,
"_gat_gtag_" => 902,
"__utma" => 903,
"__utmb" => 904,
"__utmc" => 905,
"__utmz" => 906,
"__utmv" => 907,
"__utmx" => 908,
"__utmxx" => 909,
"FPID" => 910,
"FPLC" => 911,
"_opt_awkid" => 912,
"_opt_awgid" => 913,
"_opt_awmid" => 914,
"_gaexp_rc" => 915,
"_opt_awcid" => 916,
"_opt_expid" => 917,
"FCCDCF" => 918,
"FCNEC" => 919,
"S1" => 920,
"C1" => 921,
"s_sq" => 922,
"s_vi" => 923,
"s_fid" => 924,
"fid" => 925,
"s_ppv" => 926,
"s_tp" => 927,
"_clck" => 928,
"_clsk" => 929,
"SM" => 930,
"CLID" => 931,
"MicrosoftApplicationsTelemetryDeviceId" => 932,
"X-FD-FEATURES" => 933,
"X-FD-Time" => 934,
"__insp_pad" => 935,
"__insp_sid" => 936,
"__insp_ref" => 937,
"__insp_scpt" => 938,
"__insp_nv" => 939,
"__insp_wid" => 940,
"__insp_uid" => 941,
"__insp_dct" => 942,
"__insp_norec_sess" => 943,
"__insp_slim" => 944,
"__insp_targlpt" => 945,
"ctkgen" => 946,
"tv_spot_tracker" => 947,
"_hjHasCachedUserAttributes" => 948,
"_hjid" => 949,
"hj_visitor" => 950,
"_hjIncludedInSample" => 951,
"_hjClosedSurveyInvites" => 952,
"_hjDonePolls" => 953,
"_hjMinimizedPolls" => 954,
"_hjDoneTestersWidgets" => 955,
"_hjMinimizedTestersWidgets" => 956,
"_hjShownFeedbackMessage" => 957,
"_hjCachedUserAttributes" => 958,
"ELOQUA" => 959,
"ELQSTATUS" => 960,
"AnalyticsSyncHistory" => 961,
"ln_or" => 962,
"l_page" => 963,
"queryString" => 964,
"sharebox-suggestion" => 965,
"li_cc" => 966,
"lss_bundle_viewer" => 967,
"interstitial_page_reg_oauth_url" => 968,
"df_ts" => 969,
"li_feed_xray" => 970,
"oribi_user_guid" => 971,
"oribi_cookie_test" => 972,
"aws-target-visitor-id" => 973,
"vs" => 974,
"pbw" => 975,
"abLdr" => 976,
"tb_click_param" => 977,
"picreel_tracker__visited" => 978,
"picreel_tracker__first_visit" => 979,
"picreel_tracker__page_views" => 980,
"picreel_new_price" => 981,
"__auc" => 982,
"ajs_user_id" => 983,
"ajs_anonymous_id" => 984,
"ajs_group_id" => 985,
"__asc" => 986,
"_pk_id" => 987,
"_pk_ref" => 988,
"_pk_ses" => 989,
"_pk_hsr" => 990,
"_pk_testcookie" => 991,
"mtm_consent" => 992,
"mtm_consent_removed" => 993,
"mtm_cookie_consent" => 994,
"matomo_ignore" => 995,
"matomo_sessid" => 996,
"_wepublishGa" => 997,
"_wepublishGa_gid" => 998,
"_y" => 999,
"tracked_start_checkout" => 1000,
"ki_r" => 1001,
"ki_t" => 1002,
"_Brochure_session" => 1003,
"shop_analytics" => 1004,
"vuid" => 1005,
"sd_identity" => 1006,
"sd_client_id" => 1007,
"sbjs_session" => 1008,
"sbjs_udata" => 1009,
"sbjs_first" => 1010,
"sbjs_first_add" => 1011,
"sbjs_current_add" => 1012,
"sbjs_migrations" => 1013,
"usersync" => 1014,
"pses" => 1015,
"CMSLandingPageLoaded" => 1016,
"CMSUserPage" => 1017,
"CurrentContact" => 1018,
"VisitorStatus" => 1019,
"_vwo_ds" => 1020,
"_vwo_referrer" => 1021,
"stg_traffic_source_priority" => 1022,
"stg_last_interaction" => 1023,
"stg_returning_visitor" => 1024,
"stg_externalReferrer" => 1025,
"_pk_id." => 1026,
"ppms_privacy_" => 1027,
"ppms_privacy_bar_" => 1028,
"stg_fired__" => 1029,
"stg_utm_campaign" => 1030,
"stg_pk_campaign" => 1031,
"stg_global_opt_out" => 1032,
"nmstat" => 1033,
"sp" => 1034,
"_sp_id." => 1035,
"BVBRANDID" => 1036,
"BVBRANDSID" => 1037,
"acalltrackerreferrer" => 1038,
"tawkUUID" => 1039,
"ABTasty" => 1040,
"ABTastySession" => 1041,
"Pastease.passive.activated" => 1042,
"Pastease.passive.chance" => 1043,
"_ALGOLIA" => 1044,
"ahoy_visit" => 1045,
"ahoy_visitor" => 1046,
"atidvisitor" => 1047,
"atuserid" => 1048,
"ezoadgid_" => 1049,
"ezopvc_" => 1050,
"ezoref_" => 1051,
"ezouid_" => 1052,
"ezovid_" => 1053,
"ezovuuid_" => 1054,
"ezovuuidtime_" => 1055,
"ezux_ifep_" => 1056,
"ezux_lpl_" => 1057,
"ezux_tos_" => 1058,
"ab.storage.sessionId." => 1059,
"ab.storage.deviceId." => 1060,
"tk_qs" => 1061,
"tk_r3d" => 1062,
"tk_tc" => 1063,
"camptix_client_stats" => 1064,
"_lo_uid" => 1065,
"_lo_rid" => 1066,
"_lo_v" => 1067,
"__lotl" => 1068,
"__lotr" => 1069,
"__stid" => 1070,
"pxcelBcnLcy" => 1071,
"pxcelPage" => 1072,
"mc_cid" => 1073,
"mc_landing_site" => 1074,
"adhese2" => 1075,
"_chartbeat" => 1076,
"_ym_metrika_enabled" => 1077,
"_ym_isad" => 1078,
"_ym_uid" => 1079,
"yabs-sid" => 1080,
"_ym_visorc_" => 1081,
"yandexuid" => 1082,
"yuidss" => 1083,
"ymex" => 1084,
"usst" => 1085,
"is_gdpr_b" => 1086,
"is_gdpr" => 1087,
"yabs-vdrf" => 1088,
"bh" => 1089,
"yashr" => 1090,
"auraBrokenDefGraph" => 1091,
"calViewState" => 1092,
"pctrk" => 1093,
"pa_user" => 1094,
"cX_P" => 1095,
"pnespsdk_visitor" => 1096,
"pnespsdk_push_subscription_added" => 1097,
"__pvi" => 1098,
"__pat" => 1099,
"DotMetrics.SessionCookieTemp" => 1100,
"DotMetrics.UniqueUserIdentityCookie" => 1101,
"DotMetrics.DeviceKey" => 1102,
"DotMetrics.SessionCookieTempTimed" => 1103,
"__gfp_64b" => 1104,
"__gfp_s_64b" => 1105,
"Gdyn" => 1106,
"dm_timezone_offset" => 1107,
"dm_last_visit" => 1108,
"dm_total_visits" => 1109,
"dm_last_page_view" => 1110,
"intercom-id-" => 1111,
"intercom-session-" => 1112,
"intercom-device-id-" => 1113,
"mp_" => 1114,
"client_bslstaid" => 1115,
"client_bslstmatch" => 1116,
"client_bslstsid" => 1117,
"centralnotice_bucket" => 1118,
"GeoIP" => 1119,
"NetWorkProbeLimit" => 1120,
"ablyft_exps" => 1121,
"ablyft_queue" => 1122,
"ablyft_uvs" => 1123,
"ablyft_tracking_consent" => 1124,
"_bit" => 1125,
"_vfa" => 1126,
"_vfb" => 1127,
"_vfz" => 1128,
"_ut" => 1129,
"_s" => 1130,
"_lv" => 1131,
"_nrbi" => 1132,
"compass_sid" => 1133,
"___m_rec" => 1134,
"_zdshared_user_session_analytics" => 1135,
"ZD-suid" => 1136,
"ZD-buid" => 1137,
"TATravelInfo" => 1138,
"TAUnique" => 1139,
"TAReturnTo" => 1140,
"_ceir" => 1141,
"_CEFT" => 1142,
"_ce.s" => 1143,
"_ce.cch" => 1144,
"_ce.gtld" => 1145,
"ce_successful_csp_check" => 1146,
"cebs" => 1147,
"cebsp_" => 1148,
"_ce.clock_event" => 1149,
"_ce.clock_data" => 1150,
"_ce.irv" => 1151,
"ceft_variant_override" => 1152,
"_dy_csc_ses" => 1153,
"_dycmc" => 1154,
"_dy_df_geo" => 1155,
"_dy_geo" => 1156,
"_dycst" => 1157,
"rl_user_id" => 1158,
"rl_trait" => 1159,
"rl_anonymous_id" => 1160,
"rl_group_id" => 1161,
"rl_group_trait" => 1162,
"rl_page_init_referrer" => 1163,
"rl_page_init_referring_domain" => 1164,
"rl_session" => 1165,
"rl_auth_token" => 1166,
"_biz_uid" => 1167,
"_biz_nA" => 1168,
"_biz_flagsA" => 1169,
"_biz_pendingA" => 1170,
"_biz_ABTestA" => 1171,
"_biz_su" => 1172,
"_biz_EventA" => 1173,
"_cs_c" => 1174,
"_cs_cvars" => 1175,
"_cs_id" => 1176,
"_cs_s" => 1177,
"__CT_Data" => 1178,
"_CT_RS_" => 1179,
"_cs_ex" => 1180,
"_cs_optout" => 1181,
"_cs_rl" => 1182,
"_cs_root-domain" => 1183,
"WRIgnore" => 1184,
"WRBlock" => 1185,
"_cs_same_site" => 1186,
"_cs_debug" => 1187,
"_hjasCachedUserAttributes" => 1188,
"_hjUserAttrbutesHash" => 1189,
"_hjUserAttributes" => 1190,
"_hp2_hld" => 1191,
"_hp5_meta." => 1192,
"_cs_mk_aa" => 1193,
"_cs_mk_ga" => 1194,
"_cs_tld" => 1195,
"_octo" => 1196,
"AMP_" => 1197,
"AMP_MKTG_" => 1198,
"amplitude_cookie_test" => 1199,
"amplitude_id_" => 1200,
"amplitude_test" => 1201,
"QSI_HistorySession" => 1202,
"QSI_OptInIDsAndWindowNames" => 1203,
"QSI_OptInIDsAndTargetOrigins" => 1204,
"SiteReferrer" => 1205,
"PageReferrer" => 1206,
"SearchTerm" => 1207,
"FocusTime" => 1208,
"BlurTime" => 1209,
"ActionSetHistory" => 1210,
"SISessID" => 1211,
"CPSessID" => 1212,
"QSI_ReplaySession_Info_" => 1213,
"QSI_SI_" => 1214,
"c-referrer" => 1215,
"c-signup" => 1216,
"c-plan" => 1217,
"cognito.organization" => 1218,
"dtCookie" => 1219,
"dtLatC" => 1220,
"dtPC" => 1221,
"dtSa" => 1222,
"dtValidationCookie" => 1223,
"dtDisabled" => 1224,
"rxVisitor" => 1225,
"rxvt" => 1226,
"TCAUDIENCE" => 1227,
"_hp2_id" => 1228,
"_hp2_ses_props" => 1229,
"Hm_lpvt_" => 1230,
"Hm_lvt_" => 1231,
"HMACCOUNT" => 1232,
"plausible_" => 1233,
"_fathom" => 1234,
"umami." => 1235,
"_gac_" => 1236,
"FPAU" => 1237,
"Conversion" => 1238,
"_gcl_aw" => 1239,
"_gcl_gs" => 1240,
"_gcl_gb" => 1241,
"_gac_gb_" => 1242,
"FPGCLGB" => 1243,
"FPGCLAW" => 1244,
"ADS_VISITOR_ID" => 1245,
"__Secure-3PSIDCC" => 1246,
"__Secure-1PSIDTS" => 1247,
"__Secure-1PAPISID" => 1248,
"__Secure-3PSID" => 1249,
"__Secure-1PSID" => 1250,
"__Secure-1PSIDCC" => 1251,
"__Secure-3PAPISID" => 1252,
"PAIDCONTENT" => 1253,
"_gcl_gf" => 1254,
"__gsas" => 1255,
"__gpi" => 1256,
"__gpi_optout" => 1257,
"GED_PLAYLIST_ACTIVITY" => 1258,
"ACLK_DATA" => 1259,
"AdID" => 1260,
"DSID" => 1261,
"gcl" => 1262,
"gac" => 1263,
"1P_JAR" => 1264,
"AID" => 1265,
"SID" => 1266,
"HSID" => 1267,
"SAPISID" => 1268,
"SSID" => 1269,
"SIDCC" => 1270,
"OTZ" => 1271,
"A" => 1272,
"DV" => 1273,
"NID" => 1274,
"TAID" => 1275,
"FPGCLDC" => 1276,
"_gcl_au" => 1277,
"_gcl_dc" => 1278,
"_dcid" => 1279,
"SNID" => 1280,
"cookies_accepted" => 1281,
"GN_PREF" => 1282,
"OSID" => 1283,
"__Secure-OSID" => 1284,
"LSID" => 1285,
"UULE" => 1286,
"OGPC" => 1287,
"OGP" => 1288,
"IDE" => 1289,
"ID" => 1290,
"RUL" => 1291,
"FLC" => 1292,
"__gads" => 1293,
"GoogleAdServingTest" => 1294,
"ar_debug" => 1295,
"APC" => 1296,
"s_ecid" => 1297,
"demdex" => 1298,
"dextp" => 1299,
"dst" => 1300,
"aam_uuid" => 1301,
"AMCV_" => 1302,
"AMCVS_" => 1303,
"mbox" => 1304,
"dpm" => 1305,
"TPC" => 1306,
"C" => 1307,
"uid" => 1308,
"cid" => 1309,
"GCM" => 1310,
"CM14" => 1311,
"token" => 1312,
"otsid" => 1313,
"adtrc" => 1314,
"SR" => 1315,
"CT" => 1316,
"EBFCD" => 1317,
"EBFC" => 1318,
"CFFC" => 1319,
"DigiTrust.v1.identity" => 1320,
"adformfrpid" => 1321,
"xs" => 1322,
"c_user" => 1323,
"m_user" => 1324,
"pl" => 1325,
"dbln" => 1326,
"aks" => 1327,
"aksb" => 1328,
"sfau" => 1329,
"ick" => 1330,
"csm" => 1331,
"s" => 1332,
"datr" => 1333,
"fr" => 1334,
"oo" => 1335,
"ddid" => 1336,
"locale" => 1337,
"_fbp" => 1338,
"_fbc" => 1339,
"js_ver" => 1340,
"rc" => 1341,
"campaign_click_url" => 1342,
"usida" => 1343,
"fl_inst" => 1344,
"pvc2" => 1345,
"pcc2" => 1346,
"trc" => 1347,
"tuuid" => 1348,
"ad2" => 1349,
"MR" => 1350,
"MUID" => 1351,
"MUIDB" => 1352,
"MC1" => 1353,
"MSFPC" => 1354,
"_uetsid" => 1355,
"ANON" => 1356,
"ANONCHK" => 1357,
"CC" => 1358,
"MH" => 1359,
"childinfo" => 1360,
"kcdob" => 1361,
"kcrelid" => 1362,
"kcru" => 1363,
"pcfm" => 1364,
"ToptOut" => 1365,
"ACH01" => 1366,
"_RwBf" => 1367,
"_UR" => 1368,
"OID" => 1369,
"OIDI" => 1370,
"OIDR" => 1371,
"BCP" => 1372,
"BFBUSR" => 1373,
"BFB" => 1374,
"ACL" => 1375,
"ACLUSR" => 1376,
"MSPTC" => 1377,
"_u" => 1378,
"guest_id" => 1379,
"personalization_id" => 1380,
"ct0" => 1381,
"gt" => 1382,
"guest_id_marketing" => 1383,
"guest_id_ads" => 1384,
"_twitter_sess" => 1385,
"ads_prefs" => 1386,
"auth_token" => 1387,
"dnt" => 1388,
"eu_cn" => 1389,
"external_referer" => 1390,
"kdt" => 1391,
"remember_checked_on" => 1392,
"rweb_optin" => 1393,
"syndication_guest_id" => 1394,
"tfw_exp" => 1395,
"ccec_user" => 1396,
"GPS" => 1397,
"VISITOR_INFO1_LIVE" => 1398,
"VISITOR_PRIVACY_METADATA" => 1399,
"__adm_ui" => 1400,
"__adm_uiex" => 1401,
"__adm_usyncc" => 1402,
"uids" => 1403,
"__uin_bw" => 1404,
"__uir_bw" => 1405,
"__uis" => 1406,
"HAPLB5S" => 1407,
"__uin_mm" => 1408,
"__uir_mm" => 1409,
"__uin_rh" => 1410,
"__uir_rh" => 1411,
"HAPLB3A" => 1412,
"_dbefe" => 1413,
"ac_enable_tracking" => 1414,
"prism_" => 1415,
"lidc" => 1416,
"bcookie" => 1417,
"bscookie" => 1418,
"trkCode" => 1419,
"trkInfo" => 1420,
"li_oatml" => 1421,
"liap" => 1422,
"lissc" => 1423,
"spectroscopyId" => 1424,
"li_sugr" => 1425,
"lms_ads" => 1426,
"_guid" => 1427,
"BizographicsOptOut" => 1428,
"ABSELB" => 1429,
"brwsr" => 1430,
"ad-id" => 1431,
"ad-privacy" => 1432,
"__trf.src" => 1433,
"CMID" => 1434,
"CMPRO" => 1435,
"CMPS" => 1436,
"CMST" => 1437,
"cookieJartestCookie" => 1438,
"obuid" => 1439,
"apnxs" => 1440,
"criteo" => 1441,
"mdfrc" => 1442,
"adrl" => 1443,
"ttd" => 1444,
"recs" => 1445,
"bdswch" => 1446,
"obsessionid-" => 1447,
"opout" => 1448,
"europe" => 1449,
"ref-" => 1450,
"outbrain_dicbo_id" => 1451,
"unifiedPixel" => 1452,
"dicbo_id" => 1453,
"jpxumaster" => 1454,
"PUBMDCID" => 1455,
"pp" => 1456,
"SPugT" => 1457,
"KADUSERCOOKIE" => 1458,
"PUBRETARGET" => 1459,
"KCCH" => 1460,
"SyncRTB" => 1461,
"DPSync" => 1462,
"ADUSERCOOKIE" => 1463,
"PugT" => 1464,
"KRTBCOOKIE_" => 1465,
"USCC" => 1466,
"DPPIX_ON" => 1467,
"SYNCUPPIX_ON" => 1468,
"camfreq_" => 1469,
"pubfreq_" => 1470,
"DPFQ" => 1471,
"pi" => 1472,
"id5" => 1473,
"cip" => 1474,
"callback" => 1475,
"cnac" => 1476,
"cf" => 1477,
"UIDR" => 1478,
"UID" => 1479,
"PID" => 1480,
"XID" => 1481,
"SEUNCY" => 1482,
"ljt_reader" => 1483,
"rek_content" => 1484,
"umeh" => 1485,
"BSWtracker" => 1486,
"_rxuuid" => 1487,
"AA003" => 1488,
"ATN" => 1489,
"tt_viewer" => 1490,
"tt_bluekai" => 1491,
"tt_exelate" => 1492,
"tt_liveramp" => 1493,
"tt_neustar" => 1494,
"tt_salesforce" => 1495,
"um2" => 1496,
"tuuid_lu" => 1497,
"uu" => 1498,
"cct" => 1499,
"tu" => 1500,
"betweendigital.com" => 1501,
"st_csd" => 1502,
"st_cs" => 1503,
"st_uid" => 1504,
"st_cnt" => 1505,
"st_ssp" => 1506,
"cnfq" => 1507,
"lcsrc" => 1508,
"gid" => 1509,
"csfq" => 1510,
"partner-" => 1511,
"Comp" => 1512,
"Pwb" => 1513,
"sasd2" => 1514,
"TestIfCookie" => 1515,
"csync" => 1516,
"TestIfCookieP" => 1517,
"pid" => 1518,
"lcsrd" => 1519,
"unruly_m" => 1520,
"lidid" => 1521,
"_li_ss" => 1522,
"tluidp" => 1523,
"optout" => 1524,
"sync" => 1525,
"t_gid" => 1526,
"taboola_session_id" => 1527,
"_tb_t_ppg" => 1528,
"i" => 1529,
"univ_id" => 1530,
"pd" => 1531,
"OAID" => 1532,
"OAGEO" => 1533,
"DG_HID" => 1534,
"DG_IID" => 1535,
"DG_SID" => 1536,
"DG_UID" => 1537,
"DG_ZID" => 1538,
"DG_ZUID" => 1539,
"advst_uid_11" => 1540,
"DISPATCHER" => 1541,
"_cc_aud" => 1542,
"_cc_cc" => 1543,
"_cc_id" => 1544,
"panoramaId" => 1545,
"panoramaId_expiry" => 1546,
"panoramaId_expiry_exp" => 1547,
"_cc_domain" => 1548,
"_cc_dc" => 1549,
"ab" => 1550,
"bkdc" => 1551,
"bku" => 1552,
"bkpa" => 1553,
"everest_session_v2" => 1554,
"ev_tm" => 1555,
"_tmae" => 1556,
"_lcc" => 1557,
"ev_sync_ax" => 1558,
"ev_sync_bk" => 1559,
"ev_sync_dd" => 1560,
"ev_sync_fs" => 1561,
"ev_sync_ix" => 1562,
"ev_sync_nx" => 1563,
"ev_sync_ox" => 1564,
"ev_sync_pm" => 1565,
"ev_sync_tm" => 1566,
"ev_sync_yh" => 1567,
"adcloud" => 1568,
"id_adcloud" => 1569,
"mt_misc" => 1570,
"mt_mop" => 1571,
"uuidc" => 1572,
"pl_user_id" => 1573,
"pxrc" => 1574,
"rlas3" => 1575,
"TapAd_DID" => 1576,
"TapAd_TS" => 1577,
"TDCPM" => 1578,
"TDID" => 1579,
"uid-bp-" => 1580,
"MRM_UID" => 1581,
"zc" => 1582,
"zsc" => 1583,
"zi" => 1584,
"idp" => 1585,
"zuc" => 1586,
"amplitude_id" => 1587,
"am-uid" => 1588,
"_ljtrtb_" => 1589,
"ljtrtb" => 1590,
"uuid" => 1591,
"_pin_unauth" => 1592,
"_pinterest_ct_ua" => 1593,
"sessionFunnelEventLogged" => 1594,
"_derived_epik" => 1595,
"_pinterest_ct" => 1596,
"_pinterest_ct_rt" => 1597,
"_epik" => 1598,
"koitk" => 1599,
"__ss_referrer" => 1600,
"__ss_tk" => 1601,
"__ss" => 1602,
"datatrics_optin" => 1603,
"datatricsDebugger" => 1604,
"datatrics_customData" => 1605,
"_mkto_trk" => 1606,
"optimizelyEndUserId" => 1607,
"optimizelyRedirectData" => 1608,
"optimizelyDomainTestCookie" => 1609,
"optimizelyOptOut" => 1610,
"app_ts" => 1611,
"viewer" => 1612,
"spx_ts" => 1613,
"adx_ts" => 1614,
"id_ts" => 1615,
"svSession" => 1616,
"_tracking_consent" => 1617,
"_landing_page" => 1618,
"_orig_referrer" => 1619,
"__hstc" => 1620,
"hubspotutk" => 1621,
"__hssc" => 1622,
"__hssrc" => 1623,
"messagesUtk" => 1624,
"edgebucket" => 1625,
"initref" => 1626,
"_rdt_uuid" => 1627,
"uuid2" => 1628,
"icu" => 1629,
"XANDR_PANID" => 1630,
"sc_at" => 1631,
"sc-a-nonce" => 1632,
"zc_show" => 1633,
"zc_loc" => 1634,
"pa_rubicon_ts" => 1635,
"pa_twitter_ts" => 1636,
"pa_yahoo_ts" => 1637,
"pa_openx_ts" => 1638,
"pa_uid" => 1639,
"mailmunch_second_pageview" => 1640,
"_mailmunch_visitor_id" => 1641,
"tPHG-PS" => 1642,
"digitalAudience" => 1643,
"_omappvs" => 1644,
"_omappvp" => 1645,
"SnapABugHistory" => 1646,
"SnapABugRef" => 1647,
"audience" => 1648,
"A3" => 1649,
"APID" => 1650,
"APIDTS" => 1651,
"IDSYNC" => 1652,
"A1" => 1653,
"A1S" => 1654,
"cmp" => 1655,
"adsrcvw1" => 1656,
"migrated2y" => 1657,
"OTH" => 1658,
"rtbData0" => 1659,
"rxx" => 1660,
"tearsheet" => 1661,
"unique_ad_source_impression" => 1662,
"axids" => 1663,
"GUC" => 1664,
"trc_cookie_storage" => 1665,
"cref" => 1666,
"mc" => 1667,
"d" => 1668,
"__qca" => 1669,
"iutk" => 1670,
"BVSID" => 1671,
"_li_id" => 1672,
"_li_ses" => 1673,
"acalltracker" => 1674,
"acalltrackernumber" => 1675,
"dc" => 1676,
"sqzl_abs" => 1677,
"sqzl_session_id" => 1678,
"sqzl_vw" => 1679,
"sqzllocal" => 1680,
"BCSessionID" => 1681,
"BCTempID" => 1682,
"BCReferrerOverrule" => 1683,
"BCRefusedObjectives" => 1684,
"BCRevision" => 1685,
"BCTracking" => 1686,
"bc_tstgrp" => 1687,
"__adal_ca" => 1688,
"__adal_cw" => 1689,
"__adal_id" => 1690,
"__adal_ses" => 1691,
"matchadform" => 1692,
"wfivefivec" => 1693,
"UserID1" => 1694,
"arcki2" => 1695,
"_tt_enable_cookie" => 1696,
"_ttp" => 1697,
"MONITOR_WEB_ID" => 1698,
"msToken" => 1699,
"ttwid" => 1700,
"ttcsid" => 1701,
"ezosuigeneris" => 1702,
"ezosuibasgeneris-1" => 1703,
"v_usr" => 1704,
"idsync-bsw-uid-s" => 1705,
"done_redirects" => 1706,
"vidoomy-uids" => 1707,
"viewer_token" => 1708,
"tk_or" => 1709,
"__stidv" => 1710,
"khaos" => 1711,
"audit" => 1712,
"put_" => 1713,
"rpb" => 1714,
"rpx" => 1715,
"c" => 1716,
"khaos_p" => 1717,
"audit_p" => 1718,
"tv_U" => 1719,
"tvid" => 1720,
"apiDomain_" => 1721,
"gig_hasGmid" => 1722,
"_gigRefUid_" => 1723,
"gmid" => 1724,
"hasGmid" => 1725,
"_gig_" => 1726,
"ucid" => 1727,
"ozone_uid" => 1728,
"_BEAMER_FIRST_VISIT_" => 1729,
"_BEAMER_USER_ID_" => 1730,
"_BEAMER_DATE_" => 1731,
"_BEAMER_LAST_POST_SHOWN_" => 1732,
"_BEAMER_FILTER_BY_URL_" => 1733,
"cap" => 1734,
"pubmatic_uid" => 1735,
"improvedigital_uid" => 1736,
"rubicon_uid" => 1737,
"adform_uid" => 1738,
"triplelift_uid" => 1739,
"adheseCustomer" => 1740,
"KelkooID" => 1741,
"_cio" => 1742,
"_cioid" => 1743,
"_cioanonid" => 1744,
"cioFT" => 1745,
"cioLT" => 1746,
"TXCSDMN_" => 1747,
"TXCD" => 1748,
"rai-pltn-pl-" => 1749,
"avcid-" => 1750,
"pdid" => 1751,
"data-" => 1752,
"visitor-id" => 1753,
"gdpr_status" => 1754,
"mnet_session_depth" => 1755,
"cjae" => 1756,
"DotomiStatus" => 1757,
"DotomiSession_" => 1758,
"DotomiSync" => 1759,
"dtm_token" => 1760,
"dtm_token_exp" => 1761,
"dtm_tcdata" => 1762,
"dtm_tcdata_exp" => 1763,
"dtm_token_sc" => 1764,
"dtm_user_id" => 1765,
"dtm_user_id_sc" => 1766,
"dtm_gdpr_delete" => 1767,
"pluto2" => 1768,
"pluto" => 1769,
"svid" => 1770,
"rts" => 1771,
"apex__EmailAddress" => 1772,
"oinfo" => 1773,
"expid_" => 1774,
"_kuid_" => 1775,
"visitor_id" => 1776,
"igodigitalstdomain" => 1777,
"igodigitalst_" => 1778,
"igodigitaltc2" => 1779,
"usbls" => 1780,
"sailthru_content" => 1781,
"sailthru_pageviews" => 1782,
"sailthru_visitor" => 1783,
"IMRID" => 1784,
"ud" => 1785,
"udo" => 1786,
"EE" => 1787,
"i00" => 1788,
"_pcus" => 1789,
"cX_G" => 1790,
"gckp" => 1791,
"pnespsdk_pnespid" => 1792,
"ki_s" => 1793,
"ki_u" => 1794,
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
"_pangle" => 1805,
"u" => 1806,
"bitoIsSecure" => 1807,
"bito" => 1808,
"auid" => 1809,
"aum" => 1810,
"edsid" => 1811,
"ftid" => 1812,
"aniC" => 1813,
"version" => 1814,
"mics_vid" => 1815,
"mics_uaid" => 1816,
"mics_lts" => 1817,
"n360_thirtythreeacross" => 1818,
"n360-thirtythreeacross" => 1819,
"n360_appnexus" => 1820,
"n360-appnexus" => 1821,
"n360_bliink" => 1822,
"n360_amx" => 1823,
"n360-amx" => 1824,
"n360_adform" => 1825,
"n360-adform" => 1826,
"n360_adnuntius" => 1827,
"n360-adnuntius" => 1828,
"n360_adot" => 1829,
"n360-adot" => 1830,
"n360_adyoulike" => 1831,
"n360-adyoulike" => 1832,
"n360_connectad" => 1833,
"n360_conversant" => 1834,
"n360-conversant" => 1835,
"n360_cwire" => 1836,
"n360-cwire" => 1837,
"n360_firstid" => 1838,
"n360-firstid" => 1839,
"n360_freewheel" => 1840,
"n360-freewheel" => 1841,
"n360_fueldigitalmedia" => 1842,
"n360-fueldigitalmedia" => 1843,
"n360_fueldigitalix" => 1844,
"n360-fueldigitalix" => 1845,
"n360-fueldigital" => 1846,
"n360_gingerad" => 1847,
"n360-gingerad" => 1848,
"n360_goodad" => 1849,
"n360-goodad" => 1850,
"n360_gravity" => 1851,
"n360-gravity" => 1852,
"n360_groupm" => 1853,
"n360-groupm" => 1854,
"n360_improve" => 1855,
"n360-improve" => 1856,
"n360-ix" => 1857,
"n360_medianet" => 1858,
"n360-medianet" => 1859,
"n360_moneytag" => 1860,
"n360-moneytag" => 1861,
"n360_nextmillennium" => 1862,
"n360-nextmillennium" => 1863,
"n360_onetag" => 1864,
"n360-onetag" => 1865,
"n360_openx" => 1866,
"n360-openx" => 1867,
"n360_outbrain" => 1868,
"n360_plista" => 1869,
"n360-plista" => 1870,
"n360_pubmatic" => 1871,
"n360-pubmatic" => 1872,
"n360_pulsepoint" => 1873,
"n360-pulsepoint" => 1874,
"n360_quantum" => 1875,
"n360-quantum" => 1876,
"n360_richaudience" => 1877,
"n360-richaudience" => 1878,
"n360_rtbhouse" => 1879,
"n360_rubicon" => 1880,
"n360-rubicon" => 1881,
"n360_sharethrough" => 1882,
"n360-sharethrough" => 1883,
"n360_smaato" => 1884,
"n360-smaato" => 1885,
"n360_smartadserver" => 1886,
"n360-smartadserver" => 1887,
"n360_smartyads" => 1888,
"n360-smartyads" => 1889,
"n360_smilewanted" => 1890,
"n360-smilewanted" => 1891,
"n360-staila" => 1892,
"n360_tappx" => 1893,
"n360-tappx" => 1894,
"n360_mediagrid" => 1895,
"n360-mediagrid" => 1896,
"n360_ttd" => 1897,
"n360-ttd" => 1898,
"n360_traffective" => 1899,
"n360-traffective" => 1900,
"n360_triplelift" => 1901,
"n360-triplelift" => 1902,
"n360-yahoo" => 1903,
"n360_vidoomy" => 1904,
"n360-vidoomy" => 1905,
"n360_yieldlab" => 1906,
"n360-yieldlab" => 1907,
"mv_tokens" => 1908,
"mv_tokens_invalidate-verizon-pushes" => 1909,
"am_tokens" => 1910,
"am_tokens_invalidate-verizon-pushes" => 1911,
"ptrcriteo" => 1912,
"ptrrhs" => 1913,
"ptrrc" => 1914,
"ptran" => 1915,
"ptrt" => 1916,
"ptrpp" => 1917,
"ptrpub" => 1918,
"ptrc" => 1919,
"ptrb" => 1920,
"ptropenx" => 1921,
"ptrbsw" => 1922,
"ptreps" => 1923,
"ptradtrt" => 1924,
"sst" => 1925,
"dgzsdl08v4" => 1926,
"bounceClientVisit" => 1927,
"ttbprf" => 1928,
"ttnprf" => 1929,
"n" => 1930,
"trk" => 1931,
"ttca" => 1932,
"tp" => 1933,
"ttgcm" => 1934,
"GRV_BHV_UID" => 1935,
"GRV_BHV_IDCC" => 1936,
"GRV_BHV_SKU" => 1937,
"GRV_BHV_IDCAT" => 1938,
"GRV_BHV_DATE" => 1939,
"GRV_IDU" => 1940,
"NPA" => 1941,
"GRV_BHV_BRND_" => 1942,
"GRV_google" => 1943,
"duid_update_time" => 1944,
"_ssp_update_time" => 1945,
"TADCID" => 1946,
"dt" => 1947,
"rtbh" => 1948,
"udmts" => 1949,
"_crazyegg" => 1950,
"ce_signup_partner" => 1951,
"SSPR_" => 1952,
"SSPZ" => 1953,
"DSP2F_" => 1954,
"SCM" => 1955,
"UID_EXT_" => 1956,
"UTID" => 1957,
"UTID_ENC" => 1958,
"_dy_cs_storage_items" => 1959,
"_dy_cs_cookie_items" => 1960,
"ckid" => 1961,
"hash" => 1962,
"ig_did" => 1963,
"ig_cb" => 1964,
"ds_user_id" => 1965,
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
C298: "INDEED_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
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
            provider "Hubspot" {
C810: "hs-membership-csrf" { function: "Security", purpose: "OCD" }
            }
            provider "Kentico" {
C861: "CMSCsrfCookie" { function: "Security", purpose: "OCD" }
            }
            provider "ZOHO" {
C878: "ZCAMPAIGN_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "CraftCMS" {
C969: "CRAFT_CSRF_TOKEN" { function: "Security", purpose: "OCD" }
            }
            provider "Stonly" {
C1037: "_csrf" { function: "Security", purpose: "OCD" }
            }
            provider "Salesforce" {
C1345: "idccsrf" { function: "Security", purpose: "OCD" }
C1362: "devOverrideCsrfToken" { function: "Security", purpose: "OCD" }
C1369: "Host-ERIC_PROD-" { function: "Security", purpose: "OCD" }
            }
            provider "Xenforo" {
C1425: "xf_csrf" { function: "Security", purpose: "OCD" }
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
C88: "__Secure-ENID" { function: "Functional", purpose: "OCD", secure }
C104: "GCLB" { function: "Functional", purpose: "OCD" }
C107: "receive-cookie-deprecation" { function: "Functional", purpose: "OCD" }
            }
            provider "Google Ads" {
C66: "AEC" { function: "Functional", purpose: "OCD" }
            }
            provider "Google Optimize" {
C103: "_gaexp" { function: "Functional", purpose: "OCD" }
            }
            provider "Django" {
C111: "django_language" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C135: "sat_track" { function: "Functional", purpose: "OCD" }
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
C232: "stsservicecookie" { function: "Functional", purpose: "OCD" }
C233: "ARRAffinity" { function: "Functional", purpose: "OCD" }
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
C245: ".AspNetCore.Mvc.CookieTempDataProvider" { function: "Functional", purpose: "OCD" }
C246: "x-ms-cpim-admin" { function: "Functional", purpose: "OCD" }
C247: "x-ms-cpim-slice" { function: "Functional", purpose: "OCD" }
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
C258: "ai_user" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft Dynamics" {
C259: "AADNonce.forms" { function: "Functional", purpose: "OCD" }
C260: "DcLcid" { function: "Functional", purpose: "OCD" }
            }
            provider "Microsoft" {
C265: "esctx-*" { function: "Functional", purpose: "OCD" }
C266: "isFirstSession*" { function: "Functional", purpose: "OCD" }
C267: "MSO*" { function: "Functional", purpose: "OCD" }
C363: "ASP.NET_Sessio_Fallback" { function: "Functional", purpose: "OCD" }
C611: "__RequestVerificationToken*" { function: "Functional", purpose: "OCD" }
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
C309: "LOGIN_INFO" { function: "Functional", purpose: "OCD" }
            }
            provider "Cloudflare" {
C315: "__cfduid" { function: "Functional", purpose: "OCD" }
C316: "__cfruid" { function: "Functional", purpose: "OCD" }
C317: "__cf_bm" { function: "Functional", purpose: "OCD" }
C318: "cf_chl_2" { function: "Functional", purpose: "OCD" }
C319: "__cflb" { function: "Functional", purpose: "OCD" }
C320: "_cfuvid" { function: "Functional", purpose: "OCD" }
C321: "cf_clearance" { function: "Functional", purpose: "OCD" }
C322: "__cfseq" { function: "Functional", purpose: "OCD" }
            }
            provider "CloudFlare" {
C323: "cf_ob_info" { function: "Functional", purpose: "OCD" }
C324: "__cfwaitingroom" { function: "Functional", purpose: "OCD" }
C325: "cf_chl_rc_i" { function: "Functional", purpose: "OCD" }
C326: "cf_chl_rc_ni" { function: "Functional", purpose: "OCD" }
C327: "cf_chl_rc_m" { function: "Functional", purpose: "OCD" }
            }
            provider "Hotjar" {
C345: "_hjTLDTest" { function: "Functional", purpose: "OCD" }
C346: "_hjUserAttributesHash" { function: "Functional", purpose: "OCD" }
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
C359: "_hjSessionStorageTest" { function: "Functional", purpose: "OCD" }
C360: "_hjCookieTest" { function: "Functional", purpose: "OCD" }
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
C383: "li_rm" { function: "Functional", purpose: "OCD" }
C387: "li_mc" { function: "Functional", purpose: "OCD" }
C395: "lihc_auth_" { function: "Functional", purpose: "OCD" }
C396: "li_a" { function: "Functional", purpose: "OCD" }
C397: "li_ep_auth_context" { function: "Functional", purpose: "OCD" }
C398: "fcookie" { function: "Functional", purpose: "OCD" }
C399: "chp_token" { function: "Functional", purpose: "OCD" }
C400: "li_cu" { function: "Functional", purpose: "OCD" }
C401: "denial-client-ip" { function: "Functional", purpose: "OCD" }
C402: "denial-reason-code" { function: "Functional", purpose: "OCD" }
C403: "rtc" { function: "Functional", purpose: "OCD" }
C404: "li_referer" { function: "Functional", purpose: "OCD" }
C405: "f_token" { function: "Functional", purpose: "OCD" }
C406: "li_apfcdc" { function: "Functional", purpose: "OCD" }
C407: "li_odapfcc" { function: "Functional", purpose: "OCD" }
C408: "ac_L" { function: "Functional", purpose: "OCD" }
C409: "ac_LD" { function: "Functional", purpose: "OCD" }
C410: "all_u_b" { function: "Functional", purpose: "OCD" }
C411: "uh" { function: "Functional", purpose: "OCD" }
C412: "pushPermInfo" { function: "Functional", purpose: "OCD" }
C413: "pushPermState" { function: "Functional", purpose: "OCD" }
C414: "wwepo" { function: "Functional", purpose: "OCD" }
C415: "li_ec" { function: "Functional", purpose: "OCD" }
C416: "li_gpc" { function: "Functional", purpose: "OCD" }
C417: "li_gp" { function: "Functional", purpose: "OCD" }
C418: "PLAY_FLASH" { function: "Functional", purpose: "OCD" }
C419: "PLAY_LANG" { function: "Functional", purpose: "OCD" }
C420: "PLAY_SESSION" { function: "Functional", purpose: "OCD" }
C421: "redirectFromM2MInviteAccept" { function: "Functional", purpose: "OCD" }
C422: "cookie.policy.banner.eu" { function: "Functional", purpose: "OCD" }
C423: "cookie.policy.banner.nl" { function: "Functional", purpose: "OCD" }
C424: "appName" { function: "Functional", purpose: "OCD" }
C425: "appLang" { function: "Functional", purpose: "OCD" }
C426: "lls-integration" { function: "Functional", purpose: "OCD" }
C427: "feed-sort" { function: "Functional", purpose: "OCD" }
C428: "abiRedirect" { function: "Functional", purpose: "OCD" }
C429: "lil-lang" { function: "Functional", purpose: "OCD" }
C430: "li_alerts" { function: "Functional", purpose: "OCD" }
C431: "li_theme" { function: "Functional", purpose: "OCD" }
C432: "integration_type" { function: "Functional", purpose: "OCD" }
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
C452: "aws-csds-token" { function: "Functional", purpose: "OCD" }
C453: "aws_lang" { function: "Functional", purpose: "OCD" }
C455: "aws-priv" { function: "Functional", purpose: "OCD" }
            }
            provider "CHEQ AI Technologies" {
C469: "_cq_duid" { function: "Functional", purpose: "OCD" }
C470: "_cq_suid" { function: "Functional", purpose: "OCD" }
            }
            provider "PubMatic" {
C484: "KTPCACOOKIE" { function: "Functional", purpose: "OCD" }
C485: "COKENBLD" { function: "Functional", purpose: "OCD" }
C489: "PUBUIDSYNCUPFQ" { function: "Functional", purpose: "OCD" }
C492: "PMFREQ_ON" { function: "Functional", purpose: "OCD" }
C495: "FPtrust" { function: "Functional", purpose: "OCD" }
C496: "PMDTSHR" { function: "Functional", purpose: "OCD" }
C497: "chk" { function: "Functional", purpose: "OCD" }
C498: "chkSecSet" { function: "Functional", purpose: "OCD" }
C499: "chkChromeAb67" { function: "Functional", purpose: "OCD" }
C500: "chkChromeAb67Sec" { function: "Functional", purpose: "OCD" }
C501: "pubsyncexp" { function: "Functional", purpose: "OCD" }
C502: "ipc" { function: "Functional", purpose: "OCD" }
            }
            provider "Kiyoh" {
C503: "Kiyohnl" { function: "Functional", purpose: "OCD" }
            }
            provider "ID5" {
C509: "gdpr" { function: "Functional", purpose: "OCD" }
C510: "gpp" { function: "Functional", purpose: "OCD" }
            }
            provider "Adobe ColdFusion" {
C529: "cfid" { function: "Functional", purpose: "OCD" }
            }
            provider "betweendigital.com" {
C536: "ss" { function: "Functional", purpose: "OCD" }
            }
            provider "Smartadserver" {
C544: "dyncdn" { function: "Functional", purpose: "OCD" }
C551: "Pdomid" { function: "Functional", purpose: "OCD" }
            }
            provider "Taboola" {
C568: "t_pt_gid" { function: "Functional", purpose: "OCD" }
C570: "taboola_select" { function: "Functional", purpose: "OCD" }
C571: "taboola_fp_td_user_id" { function: "Functional", purpose: "OCD" }
C572: "_tb_sess_r" { function: "Functional", purpose: "OCD" }
            }
            provider "Funda" {
C587: "fonts-loaded" { function: "Functional", purpose: "OCD" }
C588: "html-classes" { function: "Functional", purpose: "OCD" }
C589: "SNLB2" { function: "Functional", purpose: "OCD" }
            }
            provider "LiveZilla GmbH" {
C590: "lz_last_visit" { function: "Functional", purpose: "OCD" }
C591: "lz_userid" { function: "Functional", purpose: "OCD" }
            }
            provider "AFAS" {
C592: ".secureclient" { function: "Functional", purpose: "OCD" }
C593: ".securesession" { function: "Functional", purpose: "OCD" }
C594: ".stateflags" { function: "Functional", purpose: "OCD" }
C595: ".auth" { function: "Functional", purpose: "OCD" }
            }
            provider "Pinterest" {
C663: "_pinterest_cm" { function: "Functional", purpose: "OCD" }
C664: "_pinterest_sess" { function: "Functional", purpose: "OCD" }
            }
            provider "nopCommerce" {
C672: "Nop.customer" { function: "Functional", purpose: "OCD" }
C673: "NopCommerce.RecentlyViewedProducts" { function: "Functional", purpose: "OCD" }
C674: "NOPCOMMERCE.AUTH" { function: "Functional", purpose: "OCD" }
            }
            provider "FeedbackCompany" {
C675: "tsrvid" { function: "Functional", purpose: "OCD" }
            }
            provider "Magento" {
C676: "product_data_storage*" { function: "Functional", purpose: "OCD" }
C677: "mage-cache-sessid" { function: "Functional", purpose: "OCD" }
C678: "mage-cache-storage*" { function: "Functional", purpose: "OCD" }
C679: "mage-cache-storage-section-invalidation*" { function: "Functional", purpose: "OCD" }
C680: "mage-messages" { function: "Functional", purpose: "OCD" }
C681: "mage-translation-file-version" { function: "Functional", purpose: "OCD" }
C682: "mage-translation-storage" { function: "Functional", purpose: "OCD" }
C683: "recently_compared_product*" { function: "Functional", purpose: "OCD" }
C684: "recently_compared_product_previous*" { function: "Functional", purpose: "OCD" }
C685: "recently_viewed_product*" { function: "Functional", purpose: "OCD" }
C686: "recently_viewed_product_previous*" { function: "Functional", purpose: "OCD" }
C687: "user_allowed_save_cookie" { function: "Functional", purpose: "OCD" }
C688: "external_no_cache" { function: "Functional", purpose: "OCD" }
C689: "persistent_shopping_cart" { function: "Functional", purpose: "OCD" }
C690: "stf" { function: "Functional", purpose: "OCD" }
C691: "pollN" { function: "Functional", purpose: "OCD" }
C692: "frontend" { function: "Functional", purpose: "OCD" }
C693: "guest-view" { function: "Functional", purpose: "OCD" }
C694: "mage-banners-cache-storage" { function: "Functional", purpose: "OCD" }
C695: "private_content_version" { function: "Functional", purpose: "OCD" }
C696: "X-Magento-Vary" { function: "Functional", purpose: "OCD" }
C697: "section_data_ids" { function: "Functional", purpose: "OCD" }
C698: "section_data_clean" { function: "Functional", purpose: "OCD" }
C699: "last_visited_store" { function: "Functional", purpose: "OCD" }
C700: "store" { function: "Functional", purpose: "OCD" }
C701: "login_redirect" { function: "Functional", purpose: "OCD" }
            }
            provider "Wordpress" {
C703: "wordpress_test_cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Joomla!" {
C704: "componentType" { function: "Functional", purpose: "OCD" }
C705: "componentStyle" { function: "Functional", purpose: "OCD" }
            }
            provider "OneTrust" {
C725: "OptanonConsent" { function: "Functional", purpose: "OCD" }
C726: "OptanonAlertBoxClosed" { function: "Functional", purpose: "OCD" }
C727: "OptanonControl" { function: "Functional", purpose: "OCD" }
C728: "OneTrustWPCCPAGoogleOptOut" { function: "Functional", purpose: "OCD" }
C729: "FunctionalCookie" { function: "Functional", purpose: "OCD" }
C731: "utm_key" { function: "Functional", purpose: "OCD" }
C732: "__Secure-fgpt" { function: "Functional", purpose: "OCD", secure }
            }
            provider "Channel.me" {
C736: "wwwchannelme_z_sid" { function: "Functional", purpose: "OCD" }
            }
            provider "Wix.com" {
C742: "SSR-caching" { function: "Functional", purpose: "OCD" }
C743: "smSession" { function: "Functional", purpose: "OCD" }
C745: "ForceFlashSite" { function: "Functional", purpose: "OCD" }
C746: "bSession" { function: "Functional", purpose: "OCD" }
C747: "TS01*" { function: "Functional", purpose: "OCD" }
C748: "fedops.logger.sessionId" { function: "Functional", purpose: "OCD" }
C749: "wixLanguage" { function: "Functional", purpose: "OCD" }
C750: "_wixCIDX" { function: "Functional", purpose: "OCD" }
C751: "_wix_browser_sess" { function: "Functional", purpose: "OCD" }
C752: "consent-policy" { function: "Functional", purpose: "OCD" }
C753: "client-session-bind" { function: "Functional", purpose: "OCD" }
C754: "server-session-bind" { function: "Functional", purpose: "OCD" }
            }
            provider "Shopify" {
C755: "_ab" { function: "Functional", purpose: "OCD" }
C756: "Cart" { function: "Functional", purpose: "OCD" }
C757: "cart_sig" { function: "Functional", purpose: "OCD" }
C758: "checkout_token" { function: "Functional", purpose: "OCD" }
C759: "Secret" { function: "Functional", purpose: "OCD" }
C760: "Secure_customer_sig" { function: "Functional", purpose: "OCD" }
C761: "storefront_digest" { function: "Functional", purpose: "OCD" }
C770: "cart_currency" { function: "Functional", purpose: "OCD" }
C771: "dynamic_checkout_shown_on_cart" { function: "Functional", purpose: "OCD" }
C772: "keep_alive" { function: "Functional", purpose: "OCD" }
C773: "checkout_session_token*" { function: "Functional", purpose: "OCD" }
C774: "checkout_session_lookup" { function: "Functional", purpose: "OCD" }
C775: "cart_ver" { function: "Functional", purpose: "OCD" }
C776: "localization" { function: "Functional", purpose: "OCD" }
C777: "locale_bar_accepted" { function: "Functional", purpose: "OCD" }
C778: "_cmp_a" { function: "Functional", purpose: "OCD" }
C779: "_customer_account_shop_sessions" { function: "Functional", purpose: "OCD" }
C780: "customer_account_locale" { function: "Functional", purpose: "OCD" }
C781: "hide_shopify_pay_for_checkout" { function: "Functional", purpose: "OCD" }
C782: "previous_step" { function: "Functional", purpose: "OCD" }
C783: "discount_code" { function: "Functional", purpose: "OCD" }
C784: "remember_me" { function: "Functional", purpose: "OCD" }
C785: "shopify_pay" { function: "Functional", purpose: "OCD" }
C786: "shop_pay_accelerated" { function: "Functional", purpose: "OCD" }
C787: "checkout_prefill" { function: "Functional", purpose: "OCD" }
C788: "checkout_queue_token" { function: "Functional", purpose: "OCD" }
C789: "checkout_worker_session" { function: "Functional", purpose: "OCD" }
C790: "checkout_session_token_*" { function: "Functional", purpose: "OCD" }
C791: "identity-state" { function: "Functional", purpose: "OCD" }
C792: "identity_customer_account_number" { function: "Functional", purpose: "OCD" }
C793: "card_update_verification_id" { function: "Functional", purpose: "OCD" }
C794: "customer_account_new_login" { function: "Functional", purpose: "OCD" }
C795: "customer_payment_method" { function: "Functional", purpose: "OCD" }
C796: "customer_shop_pay_agreement" { function: "Functional", purpose: "OCD" }
C797: "pay_update_intent_id" { function: "Functional", purpose: "OCD" }
C798: "profile_preview_token" { function: "Functional", purpose: "OCD" }
C799: "login_with_shop_finalize" { function: "Functional", purpose: "OCD" }
C800: "preview_theme" { function: "Functional", purpose: "OCD" }
C801: "shopify-editor-unconfirmed-settings" { function: "Functional", purpose: "OCD" }
C803: "_shopify_essential_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Hubspot" {
C804: "__hs_opt_out" { function: "Functional", purpose: "OCD" }
C805: "__hs_do_not_track" { function: "Functional", purpose: "OCD" }
C806: "__hs_initial_opt_in" { function: "Functional", purpose: "OCD" }
C807: "hs-messages-is-open" { function: "Functional", purpose: "OCD" }
C808: "hs-messages-hide-welcome-message" { function: "Functional", purpose: "OCD" }
C809: "__hsmem" { function: "Functional", purpose: "OCD" }
C811: "hs_langswitcher_choice" { function: "Functional", purpose: "OCD" }
C818: "hubspotapi-prefs" { function: "Functional", purpose: "OCD" }
            }
            provider "HubSpot" {
C819: "__hs_cookie_cat_pref" { function: "Functional", purpose: "OCD" }
C820: "__hs_gpc_banner_dismiss" { function: "Functional", purpose: "OCD" }
C821: "__hs_notify_banner_dismiss" { function: "Functional", purpose: "OCD" }
            }
            provider "Vimeo" {
C823: "Player" { function: "Functional", purpose: "OCD" }
C824: "continuous_play_v3" { function: "Functional", purpose: "OCD" }
            }
            provider "Stripe" {
C827: "__stripe_mid" { function: "Functional", purpose: "OCD" }
C828: "__stripe_sid" { function: "Functional", purpose: "OCD" }
C829: "m" { function: "Functional", purpose: "OCD" }
            }
            provider "WooCommerce" {
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
C856: "sess" { function: "Functional", purpose: "OCD" }
            }
            provider "Intershop" {
C858: "cc-*" { function: "Functional", purpose: "OCD" }
C859: "pgid-org-*" { function: "Functional", purpose: "OCD" }
C860: "SecureSessionID-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Kentico" {
C862: "CMSCookieLevel" { function: "Functional", purpose: "OCD" }
C863: "CMSPreferredCulture" { function: "Functional", purpose: "OCD" }
            }
            provider "Snapchat" {
C869: "X-AB" { function: "Functional", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C870: "_vwo_uuid_v2" { function: "Functional", purpose: "OCD" }
C871: "_vwo_uuid" { function: "Functional", purpose: "OCD" }
C872: "_vis_opt_s" { function: "Functional", purpose: "OCD" }
C873: "_vis_opt_test_cookie" { function: "Functional", purpose: "OCD" }
C876: "_vwo_ssm" { function: "Functional", purpose: "OCD" }
            }
            provider "ZOHO" {
C877: "zc_consent" { function: "Functional", purpose: "OCD" }
C880: "zc_cu_exp" { function: "Functional", purpose: "OCD" }
C882: "uesign" { function: "Functional", purpose: "OCD" }
            }
            provider "WhatsApp" {
C883: "wa_ul" { function: "Functional", purpose: "OCD" }
C884: "wa_lang_pref" { function: "Functional", purpose: "OCD" }
            }
            provider "Drupal CMS" {
C894: "has_js" { function: "Functional", purpose: "OCD" }
            }
            provider "SnapEngage" {
C898: "SnapABugUserAlias" { function: "Functional", purpose: "OCD" }
C899: "SnapABugVisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Yithemes.com" {
C902: "yith_wcwl_session_" { function: "Functional", purpose: "OCD" }
            }
            provider "Alteon" {
C921: "AlteonP" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie Law Info" {
C926: "cookielawinfo-checkbox-necessary" { function: "Functional", purpose: "OCD" }
C927: "cookielawinfo-checkbox-non-necessary" { function: "Functional", purpose: "OCD" }
C928: "viewed_cookie_policy" { function: "Functional", purpose: "OCD" }
C929: "cookielawinfo-checkbox-marketing" { function: "Functional", purpose: "OCD" }
C930: "cookielawinfo-checkbox-analytics" { function: "Functional", purpose: "OCD" }
C931: "cookielawinfo-checkbox-performance" { function: "Functional", purpose: "OCD" }
C932: "cookielawinfo-checkbox-functional" { function: "Functional", purpose: "OCD" }
C933: "cookielawinfo-checkbox-advertisement" { function: "Functional", purpose: "OCD" }
C934: "cli_user_preference" { function: "Functional", purpose: "OCD" }
C935: "cookielawinfo-checkbox-preferences" { function: "Functional", purpose: "OCD" }
C936: "CookieLawInfoConsent" { function: "Functional", purpose: "OCD" }
            }
            provider "Sooqr" {
C949: "__sqra" { function: "Functional", purpose: "OCD" }
C950: "__sqrb" { function: "Functional", purpose: "OCD" }
C951: "__sqrc" { function: "Functional", purpose: "OCD" }
            }
            provider "Keycloak" {
C956: "AUTH_SESSION_ID" { function: "Functional", purpose: "OCD" }
C957: "KC_RESTART" { function: "Functional", purpose: "OCD" }
C958: "KC_START" { function: "Functional", purpose: "OCD" }
C959: "KEYCLOAK_IDENTITY" { function: "Functional", purpose: "OCD" }
C960: "KEYCLOAK_LOCALE" { function: "Functional", purpose: "OCD" }
C961: "KEYCLOAK_REMEMBER_ME" { function: "Functional", purpose: "OCD" }
C962: "KC_STATE_CHECKER" { function: "Functional", purpose: "OCD" }
C963: "KC_AUTH_STATE" { function: "Functional", purpose: "OCD" }
C964: "AUTH_SESSION_ID_LEGACY" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai Botmanager" {
C965: "_abck" { function: "Functional", purpose: "OCD" }
            }
            provider "Akamai" {
C966: "AKA_A2" { function: "Functional", purpose: "OCD" }
C967: "ak_bmsc" { function: "Functional", purpose: "OCD" }
C968: "bm_sv" { function: "Functional", purpose: "OCD" }
            }
            provider "CraftCMS" {
C970: "CraftSessionId" { function: "Functional", purpose: "OCD" }
            }
            provider "CodeIgniter" {
C971: "ci_session" { function: "Functional", purpose: "OCD" }
            }
            provider "Livechat" {
C972: "__lc_cid" { function: "Functional", purpose: "OCD" }
C973: "__lc_cst" { function: "Functional", purpose: "OCD" }
C974: "__lc2_cst" { function: "Functional", purpose: "OCD" }
C975: "__livechat" { function: "Functional", purpose: "OCD" }
            }
            provider "CakePHP" {
C982: "CAKEPHP" { function: "Functional", purpose: "OCD" }
            }
            provider "WPML" {
C983: "wp-wpml_current_language" { function: "Functional", purpose: "OCD" }
            }
            provider "Flowbox" {
C984: "_flowbox" { function: "Functional", purpose: "OCD" }
            }
            provider "Adcalls" {
C986: "acalltrackersession" { function: "Functional", purpose: "OCD" }
C987: "excludecalltracking" { function: "Functional", purpose: "OCD" }
            }
            provider "WP-Glogin" {
C989: "wordpress_google_apps_login" { function: "Functional", purpose: "OCD" }
            }
            provider "Jimdo" {
C990: "ckies_functional" { function: "Functional", purpose: "OCD" }
C991: "ckies_necessary" { function: "Functional", purpose: "OCD" }
C992: "ckies_performance" { function: "Functional", purpose: "OCD" }
C993: "ckies_marketing" { function: "Functional", purpose: "OCD" }
C994: "ClickAndChange" { function: "Functional", purpose: "OCD" }
            }
            provider "Polylang" {
C995: "pll_language" { function: "Functional", purpose: "OCD" }
            }
            provider "Browser-Update.org" {
C996: "browserupdateorg" { function: "Functional", purpose: "OCD" }
            }
            provider "Tawk.to Chat" {
C997: "TawkConnectionTime" { function: "Functional", purpose: "OCD" }
C999: "__tawkuuid" { function: "Functional", purpose: "OCD" }
            }
            provider "Squeezely" {
C1003: "sqzl_consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Belco" {
C1007: "belco-anonymous-id" { function: "Functional", purpose: "OCD" }
C1008: "belco-cookies" { function: "Functional", purpose: "OCD" }
            }
            provider "Blueconic.com" {
C1012: "BCPermissionLevel" { function: "Functional", purpose: "OCD" }
            }
            provider "CleanTalk" {
C1027: "apbct_*" { function: "Functional", purpose: "OCD" }
C1028: "ct_*" { function: "Functional", purpose: "OCD" }
C1029: "spbc_cookies_test" { function: "Functional", purpose: "OCD" }
C1030: "spbc_firewall_pass_key" { function: "Functional", purpose: "OCD" }
C1031: "spbc_is_logged_in" { function: "Functional", purpose: "OCD" }
C1032: "spbc_2fa_passed" { function: "Functional", purpose: "OCD" }
C1033: "spbc_timer" { function: "Functional", purpose: "OCD" }
C1034: "spbc_log_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Auth0" {
C1046: "auth0" { function: "Functional", purpose: "OCD" }
C1047: "auth0_compat" { function: "Functional", purpose: "OCD" }
C1048: "auth0-mf" { function: "Functional", purpose: "OCD" }
C1049: "auth0-mf_compat" { function: "Functional", purpose: "OCD" }
C1050: "did_compat" { function: "Functional", purpose: "OCD" }
C1051: "__txn_*" { function: "Functional", purpose: "OCD" }
            }
            provider "JoomlArt" {
C1054: "ja_purity_tpl" { function: "Functional", purpose: "OCD" }
C1055: "ja_purity_ii_tpl" { function: "Functional", purpose: "OCD" }
            }
            provider "f5 BIG-IP" {
C1056: "BIGipServer*" { function: "Functional", purpose: "OCD" }
            }
            provider "Ezoic" {
C1057: "ezds" { function: "Functional", purpose: "OCD" }
C1058: "ezoab_*" { function: "Functional", purpose: "OCD" }
C1060: "ezohw" { function: "Functional", purpose: "OCD" }
C1063: "ezostid_*" { function: "Functional", purpose: "OCD" }
C1073: "ezoawesome_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Easysize.me" {
C1074: "easysize_button_loaded_for_user" { function: "Functional", purpose: "OCD" }
            }
            provider "Swym" {
C1075: "swym-email" { function: "Functional", purpose: "OCD" }
C1076: "swym-session-id" { function: "Functional", purpose: "OCD" }
C1077: "swym-swymRegid" { function: "Functional", purpose: "OCD" }
C1078: "swym-cu_ct" { function: "Functional", purpose: "OCD" }
C1079: "swym-o_s" { function: "Functional", purpose: "OCD" }
C1080: "swym-instrumentMap" { function: "Functional", purpose: "OCD" }
C1081: "swym-ol_ct" { function: "Functional", purpose: "OCD" }
C1082: "swym-v-ckd" { function: "Functional", purpose: "OCD" }
C1083: "swym-tpermts" { function: "Functional", purpose: "OCD" }
C1084: "swym-u_pref" { function: "Functional", purpose: "OCD" }
C1085: "swym-weml" { function: "Functional", purpose: "OCD" }
            }
            provider "PayPal" {
C1086: "enforce_policy" { function: "Functional", purpose: "OCD" }
C1087: "x-pp-s" { function: "Functional", purpose: "OCD" }
C1088: "ts" { function: "Functional", purpose: "OCD" }
C1089: "tsrce" { function: "Functional", purpose: "OCD" }
C1090: "nsid" { function: "Functional", purpose: "OCD" }
C1091: "X-PP-SILOVER" { function: "Functional", purpose: "OCD" }
C1092: "X-PP-L7" { function: "Functional", purpose: "OCD" }
C1093: "l7_az" { function: "Functional", purpose: "OCD" }
            }
            provider "HAproxy" {
C1094: "SERVERID" { function: "Functional", purpose: "OCD" }
            }
            provider "vBulletin" {
C1099: "bbuserid" { function: "Functional", purpose: "OCD" }
C1100: "bbpassword" { function: "Functional", purpose: "OCD" }
C1101: "bbcpsessionhash" { function: "Functional", purpose: "OCD" }
C1102: "bbnp_notices_displayed" { function: "Functional", purpose: "OCD" }
C1103: "bbsitebuilder_active" { function: "Functional", purpose: "OCD" }
C1104: "bblastactivity" { function: "Functional", purpose: "OCD" }
C1105: "bblastvisit" { function: "Functional", purpose: "OCD" }
            }
            provider "Processwire" {
C1107: "wires" { function: "Functional", purpose: "OCD" }
C1108: "wires_challenge" { function: "Functional", purpose: "OCD" }
            }
            provider "Braze" {
C1109: "ab.storage.userId.*" { function: "Functional", purpose: "OCD" }
C1112: "ab.optOut" { function: "Functional", purpose: "OCD" }
C1113: "ab._gd" { function: "Functional", purpose: "OCD" }
            }
            provider "WordPress" {
C1114: "devicePixelRatio" { function: "Functional", purpose: "OCD" }
C1119: "wporg_logged_in" { function: "Functional", purpose: "OCD" }
C1120: "wporg_sec" { function: "Functional", purpose: "OCD" }
C1121: "wporg_locale" { function: "Functional", purpose: "OCD" }
C1122: "welcome-*" { function: "Functional", purpose: "OCD" }
C1123: "showComments" { function: "Functional", purpose: "OCD" }
C1124: "trac_form_token" { function: "Functional", purpose: "OCD" }
C1125: "trac_session" { function: "Functional", purpose: "OCD" }
C1126: "codexToken" { function: "Functional", purpose: "OCD" }
C1127: "codexUserId" { function: "Functional", purpose: "OCD" }
C1129: "wp-saving-post" { function: "Functional", purpose: "OCD" }
C1130: "comment_author_*" { function: "Functional", purpose: "OCD" }
C1131: "comment_author_url_*" { function: "Functional", purpose: "OCD" }
C1132: "wp-postpass_*" { function: "Functional", purpose: "OCD" }
C1133: "wp-settings-time-*" { function: "Functional", purpose: "OCD" }
C1134: "tix_view_token" { function: "Functional", purpose: "OCD" }
C1135: "jetpackState" { function: "Functional", purpose: "OCD" }
C1136: "jpp_math_pass" { function: "Functional", purpose: "OCD" }
C1137: "stnojs" { function: "Functional", purpose: "OCD" }
C1138: "wordpress_logged_in_*" { function: "Functional", purpose: "OCD" }
C1988: "wp_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Cookie First" {
C1139: "cookiefirst-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Iubenda" {
C1140: "_iub_cs-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Didomi" {
C1141: "didomi_token" { function: "Functional", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1142: "_global_lucky_opt_out" { function: "Functional", purpose: "OCD" }
C1143: "_lo_np_*" { function: "Functional", purpose: "OCD" }
C1144: "_lo_bn" { function: "Functional", purpose: "OCD" }
C1145: "_lo_cid" { function: "Functional", purpose: "OCD" }
            }
            provider "Axeptio" {
C1150: "axeptio_authorized_vendors" { function: "Functional", purpose: "OCD" }
C1151: "axeptio_cookies" { function: "Functional", purpose: "OCD" }
C1152: "axeptio_all_vendors" { function: "Functional", purpose: "OCD" }
            }
            provider "Borlabs" {
C1153: "borlabs-cookie" { function: "Functional", purpose: "OCD" }
            }
            provider "Osano" {
C1154: "osano_consentmanager" { function: "Functional", purpose: "OCD" }
C1155: "osano_consentmanager_expdate" { function: "Functional", purpose: "OCD" }
C1156: "osano_consentmanager_uuid" { function: "Functional", purpose: "OCD" }
C1157: "cookieconsent_status" { function: "Functional", purpose: "OCD" }
            }
            provider "Consentmanager.net" {
C1158: "__cmpconsent*" { function: "Functional", purpose: "OCD" }
C1159: "__cmpiab*" { function: "Functional", purpose: "OCD" }
C1160: "__cmpcvc*" { function: "Functional", purpose: "OCD" }
C1161: "__cmpcpc*" { function: "Functional", purpose: "OCD" }
C1162: "__cmpwel*" { function: "Functional", purpose: "OCD" }
C1163: "__cmpiuid" { function: "Functional", purpose: "OCD" }
C1164: "__cmpccx" { function: "Functional", purpose: "OCD" }
C1165: "__cmpcc" { function: "Functional", purpose: "OCD" }
C1166: "__cmpfcc" { function: "Functional", purpose: "OCD" }
C1167: "__cmpld" { function: "Functional", purpose: "OCD" }
C1168: "__cmpccpausps*" { function: "Functional", purpose: "OCD" }
            }
            provider "Hu-manity.co" {
C1169: "hu-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "Complianz" {
C1170: "complianz_policy_id" { function: "Functional", purpose: "OCD" }
C1171: "complianz_consent_status" { function: "Functional", purpose: "OCD" }
C1172: "cmplz_marketing" { function: "Functional", purpose: "OCD" }
C1173: "cmplz_statistics" { function: "Functional", purpose: "OCD" }
C1174: "cmplz_preferences" { function: "Functional", purpose: "OCD" }
C1175: "cmplz_functional" { function: "Functional", purpose: "OCD" }
C1176: "cmplz_choice" { function: "Functional", purpose: "OCD" }
C1177: "cmplz_id" { function: "Functional", purpose: "OCD" }
C1178: "cmplz_user_data" { function: "Functional", purpose: "OCD" }
C1179: "cmplz_saved_services" { function: "Functional", purpose: "OCD" }
C1180: "cmplz_consented_services" { function: "Functional", purpose: "OCD" }
C1181: "cmplz_policy_id" { function: "Functional", purpose: "OCD" }
C1182: "cmplz_saved_categories" { function: "Functional", purpose: "OCD" }
C1183: "cmplz_banner-status" { function: "Functional", purpose: "OCD" }
            }
            provider "Digital Factory" {
C1184: "cookie_notice_accepted" { function: "Functional", purpose: "OCD" }
            }
            provider "Moove" {
C1185: "moove_gdpr_popup" { function: "Functional", purpose: "OCD" }
            }
            provider "Termly" {
C1186: "__tlbcpv" { function: "Functional", purpose: "OCD" }
C1187: "__tltpl_*" { function: "Functional", purpose: "OCD" }
            }
            provider "ShareThis" {
C1190: "pubconsent*" { function: "Functional", purpose: "OCD" }
C1191: "st_optout" { function: "Functional", purpose: "OCD" }
C1193: "pxcelAcc3PC" { function: "Functional", purpose: "OCD" }
C1195: "usprivacy*" { function: "Functional", purpose: "OCD" }
C1196: "euconsent*" { function: "Functional", purpose: "OCD" }
C1197: "fpestid" { function: "Functional", purpose: "OCD" }
            }
            provider "SAP" {
C1206: "gac_*" { function: "Functional", purpose: "OCD" }
C1208: "gig_canary" { function: "Functional", purpose: "OCD" }
C1209: "gig_canary_ver*" { function: "Functional", purpose: "OCD" }
C1211: "glt_*" { function: "Functional", purpose: "OCD" }
C1212: "gig_last_ver_*" { function: "Functional", purpose: "OCD" }
C1213: "gig_loginToken_*" { function: "Functional", purpose: "OCD" }
C1214: "_gig_shareUI_cb_*" { function: "Functional", purpose: "OCD" }
C1216: "gig_toggles" { function: "Functional", purpose: "OCD" }
C1217: "gig3pc" { function: "Functional", purpose: "OCD" }
C1218: "gig3pctest" { function: "Functional", purpose: "OCD" }
C1219: "glnk" { function: "Functional", purpose: "OCD" }
C1221: "gst" { function: "Functional", purpose: "OCD" }
C1222: "GSLM_*" { function: "Functional", purpose: "OCD" }
C1224: "SAML_*" { function: "Functional", purpose: "OCD" }
C1225: "gltexp_*" { function: "Functional", purpose: "OCD" }
C1227: "ua_*" { function: "Functional", purpose: "OCD" }
            }
            provider "phpMyAdmin" {
C1245: "pmaAuth-*" { function: "Functional", purpose: "OCD" }
C1246: "phpMyAdmin" { function: "Functional", purpose: "OCD" }
C1247: "pmaUser-*" { function: "Functional", purpose: "OCD" }
C1248: "pma_lang" { function: "Functional", purpose: "OCD" }
            }
            provider "Plesk" {
C1249: "plesk-items-per-page" { function: "Functional", purpose: "OCD" }
C1250: "plek-list-type" { function: "Functional", purpose: "OCD" }
C1251: "plesk-sort-dir" { function: "Functional", purpose: "OCD" }
C1252: "plesk-sort-field" { function: "Functional", purpose: "OCD" }
C1253: "sites-active-list-state-collapsed" { function: "Functional", purpose: "OCD" }
C1254: "lists-state" { function: "Functional", purpose: "OCD" }
            }
            provider "TYPO3" {
C1255: "fe_typo_user" { function: "Functional", purpose: "OCD" }
C1256: "be_typo_user" { function: "Functional", purpose: "OCD" }
C1257: "Typo3InstallTool" { function: "Functional", purpose: "OCD" }
C1258: "be_lastLoginProvider" { function: "Functional", purpose: "OCD" }
            }
            provider "Datadome" {
C1266: "Datadome" { function: "Functional", purpose: "OCD" }
            }
            provider "Prebid" {
C1276: "_pbjs_userid_consent_data" { function: "Functional", purpose: "OCD" }
            }
            provider "Fastclick" {
C1290: "fastclick" { function: "Functional", purpose: "OCD" }
            }
            provider "Live helper chat" {
C1293: "lhc_per" { function: "Functional", purpose: "OCD" }
C1294: "lhc_ldep" { function: "Functional", purpose: "OCD" }
C1295: "lhc_ses" { function: "Functional", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1300: "_ym_debug" { function: "Functional", purpose: "OCD" }
C1302: "_ym_hostIndex" { function: "Functional", purpose: "OCD" }
            }
            provider "Salesforce" {
C1312: "_KMPage*" { function: "Functional", purpose: "OCD" }
C1313: "_KnowledgePageDispatcher*" { function: "Functional", purpose: "OCD" }
C1314: "_KnowledgePageFilter*" { function: "Functional", purpose: "OCD" }
C1315: "_KnowledgePageFilterArticleArticleType*" { function: "Functional", purpose: "OCD" }
C1316: "_KnowledgePageFilterArticlePublishStatus*" { function: "Functional", purpose: "OCD" }
C1317: "_KnowledgePageFilterArticleValidationStatus*" { function: "Functional", purpose: "OCD" }
C1318: "_KnowledgePageFilterLanguage*" { function: "Functional", purpose: "OCD" }
C1319: "_KnowledgePageFilterMyDraftArticleType*" { function: "Functional", purpose: "OCD" }
C1320: "_KnowledgePageFilterMyDraftPublishStatus*" { function: "Functional", purpose: "OCD" }
C1321: "_KnowledgePageFilterMyDraftValidationStatus*" { function: "Functional", purpose: "OCD" }
C1322: "_KnowledgePageSortFieldMyDraft*" { function: "Functional", purpose: "OCD" }
C1323: "_spring_KmMlAnyoneDraftArticlesList*" { function: "Functional", purpose: "OCD" }
C1324: "_spring_KmMlArchivedArticlesList*" { function: "Functional", purpose: "OCD" }
C1325: "_spring_KmMlMyDraftArticlesList*" { function: "Functional", purpose: "OCD" }
C1326: "_spring_KmMlMyDraftTranslationsList*" { function: "Functional", purpose: "OCD" }
C1327: "_spring_KmMlPublishedArticlesList*" { function: "Functional", purpose: "OCD" }
C1328: "_spring_KmMlPublishedTranslationsList*" { function: "Functional", purpose: "OCD" }
C1329: "_sid*" { function: "Functional", purpose: "OCD" }
C1330: "activeView" { function: "Functional", purpose: "OCD" }
C1333: "autocomplete" { function: "Functional", purpose: "OCD" }
C1334: "BAYEAX_BROWSER" { function: "Functional", purpose: "OCD" }
C1336: "caPanelState" { function: "Functional", purpose: "OCD" }
C1337: "renderCtx" { function: "Functional", purpose: "OCD" }
C1339: "force-stream" { function: "Functional", purpose: "OCD" }
C1340: "sfdc-stream" { function: "Functional", purpose: "OCD" }
C1341: "BrowserId_sec" { function: "Functional", purpose: "OCD" }
C1342: "BrowserId" { function: "Functional", purpose: "OCD" }
C1343: "QCQQ" { function: "Functional", purpose: "OCD" }
C1344: "sid_Client" { function: "Functional", purpose: "OCD" }
C1346: "rsid" { function: "Functional", purpose: "OCD" }
C1347: "rsid2" { function: "Functional", purpose: "OCD" }
C1348: "RRetURL" { function: "Functional", purpose: "OCD" }
C1349: "RRetURL2" { function: "Functional", purpose: "OCD" }
C1350: "alohaEpt" { function: "Functional", purpose: "OCD" }
C1351: "clientSrc" { function: "Functional", purpose: "OCD" }
C1354: "CookieConsentPolicy*" { function: "Functional", purpose: "OCD" }
C1357: "cookieSettingVerified" { function: "Functional", purpose: "OCD" }
C1358: "cordovaVersion" { function: "Functional", purpose: "OCD" }
C1359: "cqcid" { function: "Functional", purpose: "OCD" }
C1360: "csssid" { function: "Functional", purpose: "OCD" }
C1361: "csssid_Client" { function: "Functional", purpose: "OCD" }
C1363: "disco" { function: "Functional", purpose: "OCD" }
C1364: "FedAuth" { function: "Functional", purpose: "OCD" }
C1365: "gTalkCollapsed" { function: "Functional", purpose: "OCD" }
C1366: "guest_uuid_essential_*" { function: "Functional", purpose: "OCD" }
C1367: "hideDevelopmentTools" { function: "Functional", purpose: "OCD" }
C1368: "hideFilesWarningModal" { function: "Functional", purpose: "OCD" }
C1370: "ideaToggle" { function: "Functional", purpose: "OCD" }
C1371: "inst" { function: "Functional", purpose: "OCD" }
C1372: "iotcontextsplashdisable" { function: "Functional", purpose: "OCD" }
C1373: "lastlist" { function: "Functional", purpose: "OCD" }
C1374: "liveagent_invite_rejected_" { function: "Functional", purpose: "OCD" }
C1375: "liveagent_sid" { function: "Functional", purpose: "OCD" }
C1376: "lloopch_loid" { function: "Functional", purpose: "OCD" }
C1377: "login" { function: "Functional", purpose: "OCD" }
C1378: "pc-unit" { function: "Functional", purpose: "OCD" }
C1379: "PreferredLanguage" { function: "Functional", purpose: "OCD" }
C1380: "redirectionWarning" { function: "Functional", purpose: "OCD" }
C1381: "schgtclose" { function: "Functional", purpose: "OCD" }
C1382: "sfdc_lv2" { function: "Functional", purpose: "OCD" }
C1383: "showNewBuilderWarningMessage" { function: "Functional", purpose: "OCD" }
C1384: "sidebarPinned" { function: "Personalization", purpose: "OCD" }
C1385: "ssostartpage" { function: "Functional", purpose: "OCD" }
C1386: "SUCSP" { function: "Functional", purpose: "OCD" }
C1387: "SUPRM" { function: "Functional", purpose: "OCD" }
C1388: "t" { function: "Functional", purpose: "OCD" }
C1389: "useStandbyUrl" { function: "Functional", purpose: "OCD" }
C1390: "waveUserPrefFinderLeftNav" { function: "Personalization", purpose: "OCD" }
C1391: "waveUserPrefFinderListView" { function: "Personalization", purpose: "OCD" }
C1392: "WelcomePanel" { function: "Functional", purpose: "OCD" }
C1393: "SetupDomainProbePassed" { function: "Functional", purpose: "OCD" }
            }
            provider "CookieYes" {
C1397: "cookieyesID" { function: "Functional", purpose: "OCD" }
C1398: "cky-consent" { function: "Functional", purpose: "OCD" }
C1399: "cookieyes-necessary" { function: "Functional", purpose: "OCD" }
C1400: "cookieyes-functional" { function: "Functional", purpose: "OCD" }
C1401: "cookieyes-analytics" { function: "Functional", purpose: "OCD" }
C1402: "cookieyes-advertisement" { function: "Functional", purpose: "OCD" }
C1403: "cookieyes_privacy_policy_generator_session" { function: "Functional", purpose: "OCD" }
C1404: "cky-action" { function: "Functional", purpose: "OCD" }
C1405: "cookieyes-performance" { function: "Functional", purpose: "OCD" }
C1406: "cookieyes-consent" { function: "Functional", purpose: "OCD" }
            }
            provider "J2EE" {
C1409: "JSESSIONID*" { function: "Functional", purpose: "OCD" }
            }
            provider "SiteSpect" {
C1410: "SSLB" { function: "Functional", purpose: "OCD" }
C1411: "SSPV" { function: "Functional", purpose: "OCD" }
C1412: "SSRT" { function: "Functional", purpose: "OCD" }
C1413: "SSSC" { function: "Functional", purpose: "OCD" }
            }
            provider "Wufoo" {
C1414: "ep201" { function: "Functional", purpose: "OCD" }
C1415: "ep202" { function: "Functional", purpose: "OCD" }
            }
            provider "SurveyMonkey" {
C1416: "RP_*" { function: "Functional", purpose: "OCD" }
C1417: "sso_user" { function: "Functional", purpose: "OCD" }
C1418: "CX_*" { function: "Functional", purpose: "OCD" }
C1419: "P_*" { function: "Functional", purpose: "OCD" }
C1420: "sm_ir" { function: "Functional", purpose: "OCD" }
C1421: "RE_*" { function: "Functional", purpose: "OCD" }
C1422: "REPID_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Xenforo" {
C1424: "xf_consent" { function: "Functional", purpose: "OCD" }
C1426: "xf_dbWriteForced" { function: "Functional", purpose: "OCD" }
C1427: "xf_inline_mod_*" { function: "Functional", purpose: "OCD" }
C1428: "xf_language_id" { function: "Functional", purpose: "OCD" }
C1429: "xf_ls" { function: "Functional", purpose: "OCD" }
C1430: "xf_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1431: "xf_push_notice_dismiss" { function: "Functional", purpose: "OCD" }
C1432: "xf_push_subscription_updated" { function: "Functional", purpose: "OCD" }
C1433: "xf_session" { function: "Functional", purpose: "OCD" }
C1434: "xf_style_id" { function: "Functional", purpose: "OCD" }
C1435: "xf_toggle" { function: "Functional", purpose: "OCD" }
C1436: "xf_user" { function: "Functional", purpose: "OCD" }
C1437: "xf_emoji_usage" { function: "Functional", purpose: "OCD" }
C1438: "xf_from_search" { function: "Functional", purpose: "OCD" }
            }
            provider "Rack" {
C1447: "rack.session" { function: "Functional", purpose: "OCD" }
            }
            provider "Piano" {
C1449: "xbc" { function: "Functional", purpose: "OCD" }
C1450: "__tbc" { function: "Functional", purpose: "OCD" }
C1451: "__pls" { function: "Functional", purpose: "OCD" }
C1452: "__tac" { function: "Functional", purpose: "OCD" }
C1459: "pnespsdk_ssn" { function: "Functional", purpose: "OCD" }
C1460: "__utp" { function: "Functional", purpose: "OCD" }
C1461: "__pil" { function: "Functional", purpose: "OCD" }
C1462: "__pid" { function: "Functional", purpose: "OCD" }
C1463: "__idr" { function: "Functional", purpose: "OCD" }
C1464: "__eea" { function: "Functional", purpose: "OCD" }
C1465: "__code" { function: "Functional", purpose: "OCD" }
C1466: "__bid" { function: "Functional", purpose: "OCD" }
C1467: "__ut" { function: "Functional", purpose: "OCD" }
C1470: "LANG" { function: "Functional", purpose: "OCD" }
C1471: "LANG_CHANGED" { function: "Functional", purpose: "OCD" }
C1472: "_pctx" { function: "Functional", purpose: "OCD" }
C1473: "_pprv" { function: "Functional", purpose: "OCD" }
C1474: "_pcid" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightspeed" {
C1488: "COOKIELAW_ADS" { function: "Functional", purpose: "OCD" }
C1489: "COOKIELAW_SOCIAL" { function: "Functional", purpose: "OCD" }
C1490: "COOKIELAW_STATS" { function: "Functional", purpose: "OCD" }
C1491: "COOKIELAW" { function: "Functional", purpose: "OCD" }
            }
            provider "Civic" {
C1496: "CookieControl" { function: "Functional", purpose: "OCD" }
C1497: "HACIVICLB" { function: "Functional", purpose: "OCD" }
C1498: "HACIVIC" { function: "Functional", purpose: "OCD" }
C1499: "HAAPPLB" { function: "Functional", purpose: "OCD" }
            }
            provider "Citrix" {
C1515: "NSC_*" { function: "Functional", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1519: "loginnotify_prevlogins" { function: "Functional", purpose: "OCD" }
            }
            provider "Viafoura" {
C1650: "_vf_rd_test*" { function: "Functional", purpose: "OCD" }
C1651: "VfSess" { function: "Functional", purpose: "OCD" }
C1652: "VfRefresh" { function: "Functional", purpose: "OCD" }
C1653: "VfAccess*" { function: "Functional", purpose: "OCD" }
C1654: "vfThirdpartyCookiesEnabled" { function: "Functional", purpose: "OCD" }
            }
            provider "Zendesk" {
C1680: "connect.sid" { function: "Functional", purpose: "OCD" }
C1681: "_zendesk_cookie" { function: "Functional", purpose: "OCD" }
C1682: "zte2095" { function: "Functional", purpose: "OCD" }
C1683: "__zlcmid" { function: "Functional", purpose: "OCD" }
C1684: "_answer_bot_service_session" { function: "Functional", purpose: "OCD" }
C1685: "ZD-zE_oauth" { function: "Functional", purpose: "OCD" }
C1686: "_zendesk_session" { function: "Functional", purpose: "OCD" }
C1687: "zendesk_thirdparty_test" { function: "Functional", purpose: "OCD" }
C1688: "_zendesk_shared_session" { function: "Functional", purpose: "OCD" }
C1689: "_zendesk_authenticated" { function: "Functional", purpose: "OCD" }
C1690: "_help_center_session" { function: "Functional", purpose: "OCD" }
C1691: "help_center_data" { function: "Functional", purpose: "OCD" }
C1693: "_zendesk_nps_session" { function: "Functional", purpose: "OCD" }
C1694: "ZD-settings" { function: "Functional", purpose: "OCD" }
C1696: "ZD-store" { function: "Functional", purpose: "OCD" }
C1697: "ZD-widgetOpen" { function: "Functional", purpose: "OCD" }
C1698: "ZD-launcherLabelRemoved" { function: "Functional", purpose: "OCD" }
C1699: "_zdsession_talk_embeddables_service" { function: "Functional", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1700: "RT" { function: "Functional", purpose: "OCD" }
            }
            provider "Twitch" {
C1708: "api_token" { function: "Functional", purpose: "OCD" }
C1709: "unique_id" { function: "Functional", purpose: "OCD" }
C1710: "unique_id_durable" { function: "Functional", purpose: "OCD" }
C1711: "session_unique_id" { function: "Functional", purpose: "OCD" }
C1712: "server_session_id" { function: "Functional", purpose: "OCD" }
C1713: "twitch.lohp.countryCode" { function: "Functional", purpose: "OCD" }
C1714: "auth-token" { function: "Functional", purpose: "OCD" }
C1715: "enable-compact-scene-listing" { function: "Functional", purpose: "OCD" }
C1716: "videoChat.notice_dismissed" { function: "Functional", purpose: "OCD" }
C1717: "chat_rules_shown" { function: "Functional", purpose: "OCD" }
C1718: "device_id" { function: "Functional", purpose: "OCD" }
C1719: "referrer_url" { function: "Functional", purpose: "OCD" }
C1720: "sentry_device_id" { function: "Functional", purpose: "OCD" }
C1721: "session_storage_last_visited_twitch_url" { function: "Functional", purpose: "OCD" }
C1722: "local_storage_app_session_id" { function: "Functional", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1736: "ce_login" { function: "Functional", purpose: "OCD" }
C1737: "ce_signup_flow" { function: "Functional", purpose: "OCD" }
C1739: "ceac" { function: "Functional", purpose: "OCD" }
C1740: "cean" { function: "Functional", purpose: "OCD" }
C1741: "celi" { function: "Functional", purpose: "OCD" }
C1742: "cean_assoc" { function: "Functional", purpose: "OCD" }
C1743: "first_snapshot_url" { function: "Functional", purpose: "OCD" }
C1744: "sharing_*" { function: "Functional", purpose: "OCD" }
C1745: "ce_sid" { function: "Functional", purpose: "OCD" }
C1746: "cecu" { function: "Functional", purpose: "OCD" }
            }
            provider "Lightbox CDN" {
C1747: "TiPMix" { function: "Functional", purpose: "OCD" }
C1748: "x-ms-routing-name" { function: "Functional", purpose: "OCD" }
            }
            provider "Wistia" {
C1749: "_distillery" { function: "Functional", purpose: "OCD" }
C1750: "muxData" { function: "Functional", purpose: "OCD" }
C1751: "wistia-http2-push-disabled" { function: "Functional", purpose: "OCD" }
C1752: "wistia" { function: "Functional", purpose: "OCD" }
C1753: "wistia-video-progress-*" { function: "Functional", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1764: "DYID" { function: "Functional", purpose: "OCD" }
C1765: "_dyid" { function: "Functional", purpose: "OCD" }
C1766: "_dyid_server" { function: "Functional", purpose: "OCD" }
C1767: "DYSES" { function: "Functional", purpose: "OCD" }
C1768: "_dyjsession" { function: "Functional", purpose: "OCD" }
C1770: "_dycnst" { function: "Functional", purpose: "OCD" }
C1771: "_dy_lu_ses" { function: "Functional", purpose: "OCD" }
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
C1794: "test" { function: "Functional", purpose: "OCD" }
            }
            provider "Codepen" {
C1795: "__editor_layout" { function: "Functional", purpose: "OCD" }
C1796: "codepen_session" { function: "Functional", purpose: "OCD" }
C1797: "codepen_signup_referrer" { function: "Functional", purpose: "OCD" }
C1798: "codepen_signup_referrer_date" { function: "Functional", purpose: "OCD" }
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
C1854: "gist_user_session" { function: "Functional", purpose: "OCD" }
C1855: "__Host-gist_user_session_same_site" { function: "Functional", purpose: "OCD", secure }
C1856: "__Host-user_session_same_site" { function: "Functional", purpose: "OCD", secure }
C1857: "marketplace_repository_ids" { function: "Functional", purpose: "OCD" }
C1858: "marketplace_suggested_target_id" { function: "Functional", purpose: "OCD" }
C1860: "org_transform_notice" { function: "Functional", purpose: "OCD" }
C1861: "private_mode_user_session" { function: "Functional", purpose: "OCD" }
C1863: "saml_return_to" { function: "Functional", purpose: "OCD" }
C1864: "saml_return_to_legacy" { function: "Functional", purpose: "OCD" }
C1865: "show_cookie_banner" { function: "Functional", purpose: "OCD" }
C1866: "tz" { function: "Functional", purpose: "OCD" }
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
C1920: "iu2g34bw" { function: "Functional", purpose: "OCD" }
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
C1943: "DLBCTLYOXA" { function: "Functional", purpose: "OCD" }
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
C609: "__insp_targlpt" { function: "Analytics", purpose: "OCD" }
C610: "__insp_targlpu" { function: "Analytics", purpose: "OCD" }
            }
            provider "Indeed" {
C297: "ctkgen" { function: "Analytics", purpose: "OCD" }
C299: "jasx_pool_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "Hotjar" {
C336: "_hjid" { function: "Analytics", purpose: "OCD" }
C337: "hj_visitor" { function: "Analytics", purpose: "OCD" }
C338: "_hjIncludedInSample" { function: "Analytics", purpose: "OCD" }
C339: "_hjClosedSurveyInvites" { function: "Analytics", purpose: "OCD" }
C340: "_hjDonePolls" { function: "Analytics", purpose: "OCD" }
C341: "_hjMinimizedPolls" { function: "Analytics", purpose: "OCD" }
C342: "_hjDoneTestersWidgets" { function: "Analytics", purpose: "OCD" }
C343: "_hjMinimizedTestersWidgets" { function: "Analytics", purpose: "OCD" }
C344: "_hjShownFeedbackMessage" { function: "Analytics", purpose: "OCD" }
C347: "_hjCachedUserAttributes" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oracle" {
C366: "ELOQUA" { function: "Analytics", purpose: "OCD" }
C367: "ELQSTATUS" { function: "Analytics", purpose: "OCD" }
            }
            provider "LinkedIn" {
C384: "AnalyticsSyncHistory" { function: "Analytics", purpose: "OCD" }
C385: "ln_or" { function: "Analytics", purpose: "OCD" }
C392: "l_page" { function: "Analytics", purpose: "OCD" }
C436: "queryString" { function: "Analytics", purpose: "OCD" }
C437: "VID" { function: "Analytics", purpose: "OCD" }
C439: "sharebox-suggestion" { function: "Analytics", purpose: "OCD" }
C440: "li_cc" { function: "Analytics", purpose: "OCD" }
C441: "lss_bundle_viewer" { function: "Analytics", purpose: "OCD" }
C442: "interstitial_page_reg_oauth_url" { function: "Analytics", purpose: "OCD" }
C443: "df_ts" { function: "Analytics", purpose: "OCD" }
C444: "li_feed_xray" { function: "Analytics", purpose: "OCD" }
            }
            provider "Oribi" {
C445: "oribi_cookie_test" { function: "Analytics", purpose: "OCD" }
            }
            provider "Amazon Web Services" {
C454: "aws-target-visitor-id" { function: "Analytics", purpose: "OCD" }
            }
            provider "PubMatic" {
C483: "f5_cspm" { function: "Analytics", purpose: "OCD" }
            }
            provider "Smartadserver" {
C548: "vs" { function: "Analytics", purpose: "OCD" }
C557: "pbw" { function: "Analytics", purpose: "OCD" }
            }
            provider "Taboola" {
C574: "abLdr" { function: "Analytics", purpose: "OCD" }
C575: "abMbl" { function: "Analytics", purpose: "OCD" }
C576: "tb_click_param" { function: "Analytics", purpose: "OCD" }
            }
            provider "Picreel" {
C599: "picreel_tracker__visited" { function: "Analytics", purpose: "OCD" }
C600: "picreel_tracker__first_visit" { function: "Analytics", purpose: "OCD" }
C601: "picreel_tracker__page_views" { function: "Analytics", purpose: "OCD" }
C602: "picreel_new_price" { function: "Analytics", purpose: "OCD" }
            }
            provider "Trustpilot" {
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
C716: "mtm_consent" { function: "Analytics", purpose: "OCD" }
C717: "mtm_consent_removed" { function: "Analytics", purpose: "OCD" }
C718: "mtm_cookie_consent" { function: "Analytics", purpose: "OCD" }
C719: "matomo_ignore" { function: "Analytics", purpose: "OCD" }
C720: "matomo_sessid" { function: "Analytics", purpose: "OCD" }
            }
            provider "WePublish" {
C723: "_wepublishGa" { function: "Analytics", purpose: "OCD" }
C724: "_wepublishGa_gid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Shopify" {
C765: "_y" { function: "Analytics", purpose: "OCD" }
C766: "tracked_start_checkout" { function: "Analytics", purpose: "OCD" }
C767: "ki_r" { function: "Analytics", purpose: "OCD" }
C768: "ki_t" { function: "Analytics", purpose: "OCD" }
C769: "_Brochure_session" { function: "Analytics", purpose: "OCD" }
C802: "shop_analytics" { function: "Analytics", purpose: "OCD" }
            }
            provider "Vimeo" {
C822: "vuid" { function: "Analytics", purpose: "OCD" }
C825: "sd_identity" { function: "Analytics", purpose: "OCD" }
C826: "sd_client_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "WooCommerce" {
C837: "sbjs_session" { function: "Analytics", purpose: "OCD" }
C838: "sbjs_udata" { function: "Analytics", purpose: "OCD" }
C839: "sbjs_first" { function: "Analytics", purpose: "OCD" }
C840: "sbjs_current" { function: "Analytics", purpose: "OCD" }
C841: "sbjs_first_add" { function: "Analytics", purpose: "OCD" }
C842: "sbjs_current_add" { function: "Analytics", purpose: "OCD" }
C843: "sbjs_migrations" { function: "Analytics", purpose: "OCD" }
            }
            provider "Xandr" {
C853: "usersync" { function: "Analytics", purpose: "OCD" }
C855: "pses" { function: "Analytics", purpose: "OCD" }
            }
            provider "Kentico" {
C864: "CMSUserPage" { function: "Analytics", purpose: "OCD" }
C865: "CurrentContact" { function: "Analytics", purpose: "OCD" }
C866: "VisitorStatus" { function: "Analytics", purpose: "OCD" }
            }
            provider "Visual Website Optimizer" {
C874: "_vwo_sn" { function: "Analytics", purpose: "OCD" }
C875: "_vwo_referrer" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piwik" {
C938: "stg_traffic_source_priority" { function: "Analytics", purpose: "OCD" }
C939: "stg_last_interaction" { function: "Analytics", purpose: "OCD" }
C940: "stg_returning_visitor" { function: "Analytics", purpose: "OCD" }
C941: "stg_externalReferrer" { function: "Analytics", purpose: "OCD" }
C942: "_pk_id.*" { function: "Analytics", purpose: "OCD" }
C943: "_pk_ses.*" { function: "Analytics", purpose: "OCD" }
C944: "ppms_privacy_*" { function: "Analytics", purpose: "OCD" }
C945: "ppms_privacy_bar_*" { function: "Analytics", purpose: "OCD" }
C946: "stg_fired__*" { function: "Analytics", purpose: "OCD" }
C947: "stg_utm_campaign" { function: "Analytics", purpose: "OCD" }
C948: "stg_pk_campaign" { function: "Analytics", purpose: "OCD" }
            }
            provider "Siteimprove" {
C952: "nmstat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Snowplow" {
C953: "sp" { function: "Analytics", purpose: "OCD" }
C954: "_sp_id.*" { function: "Analytics", purpose: "OCD" }
C955: "_sp_ses.*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C976: "BVBRANDID" { function: "Analytics", purpose: "OCD" }
C977: "BVBRANDSID" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tawk.to Chat" {
C998: "tawkUUID" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABTasty" {
C1009: "ABTasty" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mopinion.com" {
C1022: "Pastease.passive.activated*" { function: "Analytics", purpose: "OCD" }
C1023: "Pastease.passive.chance*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ahoy" {
C1044: "ahoy_visit" { function: "Analytics", purpose: "OCD" }
C1045: "ahoy_visitor" { function: "Analytics", purpose: "OCD" }
            }
            provider "AT Internet" {
C1052: "atidvisitor" { function: "Analytics", purpose: "OCD" }
C1053: "atuserid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Ezoic" {
C1059: "ezoadgid_*" { function: "Analytics", purpose: "OCD" }
C1061: "ezopvc_*" { function: "Analytics", purpose: "OCD" }
C1062: "ezoref_*" { function: "Analytics", purpose: "OCD" }
C1066: "ezouid_*" { function: "Analytics", purpose: "OCD" }
C1067: "ezovuuid_*" { function: "Analytics", purpose: "OCD" }
C1068: "ezovuuidtime_*" { function: "Analytics", purpose: "OCD" }
C1069: "ezux_et_*" { function: "Analytics", purpose: "OCD" }
C1070: "ezux_ifep_*" { function: "Analytics", purpose: "OCD" }
C1071: "ezux_lpl_*" { function: "Analytics", purpose: "OCD" }
C1072: "ezux_tos_*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Braze" {
C1110: "ab.storage.sessionId.*" { function: "Analytics", purpose: "OCD" }
C1111: "ab.storage.deviceId.*" { function: "Analytics", purpose: "OCD" }
            }
            provider "WordPress" {
C1115: "tk_qs" { function: "Analytics", purpose: "OCD" }
C1117: "tk_r3d" { function: "Analytics", purpose: "OCD" }
C1118: "tk_tc" { function: "Analytics", purpose: "OCD" }
C1128: "camptix_client_stats" { function: "Analytics", purpose: "OCD" }
            }
            provider "Lucky Orange" {
C1146: "_lo_uid" { function: "Analytics", purpose: "OCD" }
C1147: "_lo_v" { function: "Analytics", purpose: "OCD" }
C1148: "__lotl" { function: "Analytics", purpose: "OCD" }
C1149: "__lotr" { function: "Analytics", purpose: "OCD" }
            }
            provider "ShareThis" {
C1188: "__stid" { function: "Analytics", purpose: "OCD" }
C1192: "pxcelBcnLcy" { function: "Analytics", purpose: "OCD" }
C1194: "pxcelPage*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mailchimp" {
C1230: "mc_eid" { function: "Analytics", purpose: "OCD" }
C1231: "mc_landing_site" { function: "Analytics", purpose: "OCD" }
            }
            provider "Adhese" {
C1236: "adhese2" { function: "Analytics", purpose: "OCD" }
            }
            provider "Chartbeat" {
C1264: "_chartbeat*" { function: "Analytics", purpose: "OCD" }
C1265: "_SUPERFLY_nosample" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yandex.Metrica" {
C1296: "_ym_metrika_enabled" { function: "Analytics", purpose: "OCD" }
C1297: "_ym_isad" { function: "Analytics", purpose: "OCD" }
C1298: "_ym_uid" { function: "Analytics", purpose: "OCD" }
C1299: "_ym_d" { function: "Analytics", purpose: "OCD" }
C1301: "_ym_visorc_*" { function: "Analytics", purpose: "OCD" }
C1303: "yandexuid" { function: "Analytics", purpose: "OCD" }
C1304: "yuidss" { function: "Analytics", purpose: "OCD" }
C1305: "ymex" { function: "Analytics", purpose: "OCD" }
C1306: "usst" { function: "Analytics", purpose: "OCD" }
C1307: "is_gdpr_b" { function: "Analytics", purpose: "OCD" }
C1308: "is_gdpr" { function: "Analytics", purpose: "OCD" }
C1309: "yabs-vdrf" { function: "Analytics", purpose: "OCD" }
C1310: "bh" { function: "Analytics", purpose: "OCD" }
C1311: "_yasc" { function: "Analytics", purpose: "OCD" }
            }
            provider "Salesforce" {
C1332: "auraBrokenDefGraph" { function: "Analytics", purpose: "OCD" }
C1335: "calViewState" { function: "Analytics", purpose: "OCD" }
C1338: "pctrk" { function: "Analytics", purpose: "OCD" }
C1966: "pi_opt_in" { function: "Analytics", purpose: "OCD" }
            }
            provider "Piano" {
C1448: "pa_user" { function: "Analytics", purpose: "OCD" }
C1454: "cX_P" { function: "Analytics", purpose: "OCD" }
C1457: "pnespsdk_visitor" { function: "Analytics", purpose: "OCD" }
C1468: "__pvi" { function: "Analytics", purpose: "OCD" }
C1469: "__pat" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dotmetrics" {
C1475: "DotMetrics.SessionCookieTemp" { function: "Analytics", purpose: "OCD" }
C1476: "DotMetrics.UniqueUserIdentityCookie" { function: "Analytics", purpose: "OCD" }
C1477: "DotMetrics.DeviceKey" { function: "Analytics", purpose: "OCD" }
C1478: "DotMetrics.SessionCookieTempTimed" { function: "Analytics", purpose: "OCD" }
            }
            provider "Gemius" {
C1481: "__gfp_s_64b" { function: "Analytics", purpose: "OCD" }
C1482: "Gdyn" { function: "Analytics", purpose: "OCD" }
            }
            provider "Duda" {
C1492: "dm_timezone_offset" { function: "Analytics", purpose: "OCD" }
C1493: "dm_total_visits" { function: "Analytics", purpose: "OCD" }
C1494: "dm_last_page_view" { function: "Analytics", purpose: "OCD" }
C1495: "dm_this_page_view" { function: "Analytics", purpose: "OCD" }
            }
            provider "Intercom" {
C1500: "intercom-id-*" { function: "Analytics", purpose: "OCD" }
C1501: "intercom-session-*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Mixpanel" {
C1502: "mp_*" { function: "Analytics", purpose: "OCD" }
            }
            provider "Beslist.nl" {
C1503: "client_bslstaid" { function: "Analytics", purpose: "OCD" }
C1504: "client_bslstmatch" { function: "Analytics", purpose: "OCD" }
C1505: "client_bslstsid" { function: "Analytics", purpose: "OCD" }
C1506: "client_bslstuid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Wikimedia" {
C1518: "WMF-Last-Access" { function: "Analytics", purpose: "OCD" }
C1520: "centralnotice_bucket" { function: "Analytics", purpose: "OCD" }
C1521: "GeoIP" { function: "Analytics", purpose: "OCD" }
C1522: "NetWorkProbeLimit" { function: "Analytics", purpose: "OCD" }
            }
            provider "ABlyft" {
C1525: "ablyft_exps" { function: "Analytics", purpose: "OCD" }
C1526: "ablyft_queue" { function: "Analytics", purpose: "OCD" }
C1527: "ablyft_uvs" { function: "Analytics", purpose: "OCD" }
C1528: "ablyft_tracking_consent" { function: "Analytics", purpose: "OCD" }
            }
            provider "Bit.ly" {
C1630: "_bit" { function: "Analytics", purpose: "OCD" }
            }
            provider "Yieldmo" {
C1633: "yieldmo_id" { function: "Analytics", purpose: "OCD" }
            }
            provider "Viafoura" {
C1647: "_vfa" { function: "Analytics", purpose: "OCD" }
C1648: "_vfb" { function: "Analytics", purpose: "OCD" }
C1649: "_vfz" { function: "Analytics", purpose: "OCD" }
            }
            provider "Marfeel" {
C1662: "_ut*" { function: "Analytics", purpose: "OCD" }
C1663: "_s*" { function: "Analytics", purpose: "OCD" }
C1664: "_lv*" { function: "Analytics", purpose: "OCD" }
C1665: "_nrbi" { function: "Analytics", purpose: "OCD" }
C1666: "compass_sid" { function: "Analytics", purpose: "OCD" }
C1667: "compass_uid" { function: "Analytics", purpose: "OCD" }
C1668: "___m_rec" { function: "Analytics", purpose: "OCD" }
            }
            provider "Zendesk" {
C1692: "_zdshared_user_session_analytics" { function: "Analytics", purpose: "OCD" }
C1695: "ZD-buid" { function: "Analytics", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1703: "TATravelInfo" { function: "Analytics", purpose: "OCD" }
C1704: "TAUnique" { function: "Analytics", purpose: "OCD" }
C1705: "TAReturnTo" { function: "Analytics", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1723: "_ceir" { function: "Analytics", purpose: "OCD" }
C1724: "_CEFT" { function: "Analytics", purpose: "OCD" }
C1725: "_cer.v" { function: "Analytics", purpose: "OCD" }
C1726: "_ce.s" { function: "Analytics", purpose: "OCD" }
C1727: "_ce.cch" { function: "Analytics", purpose: "OCD" }
C1728: "_ce.gtld" { function: "Analytics", purpose: "OCD" }
C1729: "cebs" { function: "Analytics", purpose: "OCD" }
C1730: "cebsp_" { function: "Analytics", purpose: "OCD" }
C1731: "_ce.clock_event" { function: "Analytics", purpose: "OCD" }
C1732: "_ce.clock_data" { function: "Analytics", purpose: "OCD" }
C1733: "_ce.irv" { function: "Analytics", purpose: "OCD" }
C1734: "ceft_variant_override" { function: "Analytics", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1769: "_dy_csc_ses" { function: "Analytics", purpose: "OCD" }
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
C1805: "test_rudder_cookie" { function: "Analytics", purpose: "OCD" }
C1806: "rl_session" { function: "Analytics", purpose: "OCD" }
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
C1829: "_cs_optout" { function: "Analytics", purpose: "OCD" }
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
C1840: "_hp5_event_props.*" { function: "Analytics", purpose: "OCD" }
C1841: "_hp5_meta.*" { function: "Analytics", purpose: "OCD" }
C1842: "_cs_mk_aa" { function: "Analytics", purpose: "OCD" }
C1843: "_cs_tld*" { function: "Analytics", purpose: "OCD" }
            }
            provider "GitHub" {
C1859: "_octo" { function: "Analytics", purpose: "OCD" }
            }
            provider "Amplitude" {
C1867: "AMP_*" { function: "Analytics", purpose: "OCD" }
C1868: "AMP_MKTG_*" { function: "Analytics", purpose: "OCD" }
C1869: "amplitude_cookie_test" { function: "Analytics", purpose: "OCD" }
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
C1882: "ActionSetHistory" { function: "Analytics", purpose: "OCD" }
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
            }
            provider "Heap Analytics" {
C1964: "_hp2_id" { function: "Analytics", purpose: "OCD" }
C1965: "_hp2_ses_props" { function: "Analytics", purpose: "OCD" }
            }
            provider "Baidu" {
C1967: "Hm_lvt_" { function: "Analytics", purpose: "OCD" }
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
C30: "FPAU" { function: "Marketing", purpose: "OCD" }
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
C54: "__gsas" { function: "Marketing", purpose: "OCD" }
C55: "__gpi_optout" { function: "Marketing", purpose: "OCD" }
C56: "GED_PLAYLIST_ACTIVITY" { function: "Marketing", purpose: "OCD" }
C57: "ACLK_DATA" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google" {
C63: "AdID" { function: "Marketing", purpose: "OCD" }
C64: "DSID" { function: "Marketing", purpose: "OCD" }
C65: "gcl" { function: "Marketing", purpose: "OCD" }
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
C100: "TAID" { function: "Marketing", purpose: "OCD" }
C101: "_gcl_au" { function: "Marketing", purpose: "OCD" }
C102: "_gcl_dc" { function: "Marketing", purpose: "OCD" }
C108: "_dcid" { function: "Marketing", purpose: "OCD" }
C109: "SNID" { function: "Marketing", purpose: "OCD" }
C110: "cookies_accepted" { function: "Marketing", purpose: "OCD" }
C112: "OSID" { function: "Marketing", purpose: "OCD" }
C113: "__Secure-OSID" { function: "Marketing", purpose: "OCD", secure }
C114: "LSID" { function: "Marketing", purpose: "OCD" }
C115: "COMPASS" { function: "Marketing", purpose: "OCD" }
C116: "UULE" { function: "Marketing", purpose: "OCD" }
            }
            provider "Google Maps" {
C76: "OGPC" { function: "Marketing", purpose: "OCD" }
C77: "OGP" { function: "Marketing", purpose: "OCD" }
            }
            provider "DoubleClick/Google Marketing" {
C117: "IDE" { function: "Marketing", purpose: "OCD" }
C118: "ID" { function: "Marketing", purpose: "OCD" }
C119: "RUL" { function: "Marketing", purpose: "OCD" }
C120: "FLC" { function: "Marketing", purpose: "OCD" }
C121: "__gads" { function: "Marketing", purpose: "OCD" }
C122: "GoogleAdServingTest" { function: "Marketing", purpose: "OCD" }
C123: "ar_debug" { function: "Marketing", purpose: "OCD" }
C124: "APC" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Analytics" {
C132: "s_ecid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Audience Manager" {
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
C148: "uid" { function: "Marketing", purpose: "OCD" }
C149: "cid" { function: "Marketing", purpose: "OCD" }
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
C163: "c_user" { function: "Marketing", purpose: "OCD" }
C164: "m_user" { function: "Marketing", purpose: "OCD" }
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
C175: "oo" { function: "Marketing", purpose: "OCD" }
C176: "ddid" { function: "Marketing", purpose: "OCD" }
C177: "_fbp" { function: "Marketing", purpose: "OCD" }
C178: "_fbc" { function: "Marketing", purpose: "OCD" }
C179: "js_ver" { function: "Marketing", purpose: "OCD" }
C180: "rc" { function: "Marketing", purpose: "OCD" }
C181: "campaign_click_url" { function: "Marketing", purpose: "OCD" }
C183: "usida" { function: "Marketing", purpose: "OCD" }
            }
            provider "Platform161" {
C185: "fl_inst" { function: "Marketing", purpose: "OCD" }
C186: "pvc2" { function: "Marketing", purpose: "OCD" }
C187: "pcc2" { function: "Marketing", purpose: "OCD" }
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
C198: "ANONCHK" { function: "Marketing", purpose: "OCD" }
C199: "CC" { function: "Marketing", purpose: "OCD" }
C207: "NAP" { function: "Marketing", purpose: "OCD" }
C208: "MH" { function: "Marketing", purpose: "OCD" }
C209: "childinfo" { function: "Marketing", purpose: "OCD" }
C210: "kcdob" { function: "Marketing", purpose: "OCD" }
C211: "kcru" { function: "Marketing", purpose: "OCD" }
C212: "pcfm" { function: "Marketing", purpose: "OCD" }
C214: "ToptOut" { function: "Marketing", purpose: "OCD" }
C215: "ACH01" { function: "Marketing", purpose: "OCD" }
C218: "_RwBf" { function: "Marketing", purpose: "OCD" }
C219: "_HPVN" { function: "Marketing", purpose: "OCD" }
C220: "_UR" { function: "Marketing", purpose: "OCD" }
C221: "OID" { function: "Marketing", purpose: "OCD" }
C222: "OIDI" { function: "Marketing", purpose: "OCD" }
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
C274: "guest_id_marketing" { function: "Marketing", purpose: "OCD" }
C275: "guest_id_ads" { function: "Marketing", purpose: "OCD" }
C276: "muc_ads" { function: "Marketing", purpose: "OCD" }
C277: "ads_prefs" { function: "Marketing", purpose: "OCD" }
C278: "auth_token" { function: "Marketing", purpose: "OCD" }
C281: "dnt" { function: "Marketing", purpose: "OCD" }
C282: "eu_cn" { function: "Marketing", purpose: "OCD" }
C283: "external_referer" { function: "Marketing", purpose: "OCD" }
C284: "kdt" { function: "Marketing", purpose: "OCD" }
C285: "remember_checked_on" { function: "Marketing", purpose: "OCD" }
C286: "rweb_optin" { function: "Marketing", purpose: "OCD" }
C287: "syndication_guest_id" { function: "Marketing", purpose: "OCD" }
C288: "tfw_exp" { function: "Marketing", purpose: "OCD" }
            }
            provider "CookieConsent.io" {
C303: "ccec_user" { function: "Marketing", purpose: "OCD" }
            }
            provider "Youtube" {
C304: "GPS" { function: "Marketing", purpose: "OCD" }
C305: "VISITOR_INFO1_LIVE" { function: "Marketing", purpose: "OCD" }
C310: "VISITOR_PRIVACY_METADATA" { function: "Marketing", purpose: "OCD" }
C311: "__Secure-ROLLOUT_TOKEN" { function: "Marketing", purpose: "OCD", secure }
            }
            provider "Admatic" {
C312: "__adm_uiex" { function: "Marketing", purpose: "OCD" }
C313: "__adm_usyncc" { function: "Marketing", purpose: "OCD" }
C314: "uids" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sonobi" {
C328: "__uin_bw" { function: "Marketing", purpose: "OCD" }
C329: "__uir_bw" { function: "Marketing", purpose: "OCD" }
C330: "__uis" { function: "Marketing", purpose: "OCD" }
C331: "HAPLB5S" { function: "Marketing", purpose: "OCD" }
C332: "__uin_mm" { function: "Marketing", purpose: "OCD" }
C333: "__uir_mm" { function: "Marketing", purpose: "OCD" }
C334: "HAPLB8*" { function: "Marketing", purpose: "OCD" }
C1754: "__uir_rh" { function: "Marketing", purpose: "OCD" }
C1755: "HAPLB3A" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pulsepoint" {
C335: "_dbefe" { function: "Marketing", purpose: "OCD" }
            }
            provider "Active Campaign" {
C361: "ac_enable_tracking" { function: "Marketing", purpose: "OCD" }
C362: "prism_*" { function: "Marketing", purpose: "OCD" }
            }
            provider "LinkedIn" {
C372: "lidc" { function: "Marketing", purpose: "OCD" }
C373: "bcookie" { function: "Marketing", purpose: "OCD" }
C374: "bscookie" { function: "Marketing", purpose: "OCD" }
C375: "trkCode" { function: "Marketing", purpose: "OCD" }
C376: "li_oatml" { function: "Marketing", purpose: "OCD" }
C377: "liap" { function: "Marketing", purpose: "OCD" }
C378: "lissc" { function: "Marketing", purpose: "OCD" }
C379: "spectroscopyId" { function: "Marketing", purpose: "OCD" }
C380: "UserMatchHistory" { function: "Marketing", purpose: "OCD" }
C386: "li_sugr" { function: "Marketing", purpose: "OCD" }
C388: "lms_ads" { function: "Marketing", purpose: "OCD" }
C389: "_guid" { function: "Marketing", purpose: "OCD" }
C390: "BizographicsOptOut" { function: "Marketing", purpose: "OCD" }
C391: "IRLD" { function: "Marketing", purpose: "OCD" }
C393: "ABSELB" { function: "Marketing", purpose: "OCD" }
C394: "brwsr" { function: "Marketing", purpose: "OCD" }
            }
            provider "Amazon" {
C456: "ad-privacy" { function: "Marketing", purpose: "OCD" }
C1036: "__trf.src" { function: "Marketing", purpose: "OCD" }
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
C463: "obuid" { function: "Marketing", purpose: "OCD" }
C464: "apnxs" { function: "Marketing", purpose: "OCD" }
C465: "criteo" { function: "Marketing", purpose: "OCD" }
C466: "mdfrc" { function: "Marketing", purpose: "OCD" }
C467: "adrl" { function: "Marketing", purpose: "OCD" }
C468: "recs" { function: "Marketing", purpose: "OCD" }
C561: "bdswch" { function: "Marketing", purpose: "OCD" }
C1816: "opout" { function: "Marketing", purpose: "OCD" }
C1817: "recs-*" { function: "Marketing", purpose: "OCD" }
C1818: "ref-" { function: "Marketing", purpose: "OCD" }
C1819: "outbrain_dicbo_id" { function: "Marketing", purpose: "OCD" }
C1820: "unifiedPixel" { function: "Marketing", purpose: "OCD" }
C1821: "dicbo_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "justpremium.com" {
C471: "jpxumaster" { function: "Marketing", purpose: "OCD" }
C472: "jpxumatched" { function: "Marketing", purpose: "OCD" }
            }
            provider "PubMatic" {
C473: "PUBMDCID" { function: "Marketing", purpose: "OCD" }
C474: "pp" { function: "Marketing", purpose: "OCD" }
C475: "SPugT" { function: "Marketing", purpose: "OCD" }
C476: "KADUSERCOOKIE" { function: "Marketing", purpose: "OCD" }
C477: "PUBRETARGET" { function: "Marketing", purpose: "OCD" }
C478: "KCCH" { function: "Marketing", purpose: "OCD" }
C479: "SyncRTB*" { function: "Marketing", purpose: "OCD" }
C480: "DPSync*" { function: "Marketing", purpose: "OCD" }
C481: "PugT" { function: "Marketing", purpose: "OCD" }
C482: "KRTBCOOKIE_*" { function: "Marketing", purpose: "OCD" }
C486: "USCC" { function: "Marketing", purpose: "OCD" }
C487: "DPPIX_ON" { function: "Marketing", purpose: "OCD" }
C488: "SYNCUPPIX_ON" { function: "Marketing", purpose: "OCD" }
C490: "camfreq_*" { function: "Marketing", purpose: "OCD" }
C491: "pubfreq_*" { function: "Marketing", purpose: "OCD" }
C493: "DPFQ" { function: "Marketing", purpose: "OCD" }
C494: "pi" { function: "Marketing", purpose: "OCD" }
            }
            provider "ID5" {
C504: "id5" { function: "Marketing", purpose: "OCD" }
C505: "cip" { function: "Marketing", purpose: "OCD" }
C506: "car" { function: "Marketing", purpose: "OCD" }
C507: "cnac" { function: "Marketing", purpose: "OCD" }
C508: "cf" { function: "Marketing", purpose: "OCD" }
C656: "3pi" { function: "Marketing", purpose: "OCD" }
            }
            provider "ComScore" {
C511: "UIDR" { function: "Marketing", purpose: "OCD" }
C512: "UID" { function: "Marketing", purpose: "OCD" }
C513: "PID" { function: "Marketing", purpose: "OCD" }
C514: "XID" { function: "Marketing", purpose: "OCD" }
            }
            provider "semasio.net" {
C515: "SEUNCY" { function: "Marketing", purpose: "OCD" }
            }
            provider "Federated Media Publishing" {
C516: "ljt_reader" { function: "Marketing", purpose: "OCD" }
            }
            provider "rekmob.com" {
C517: "rek_content" { function: "Marketing", purpose: "OCD" }
            }
            provider "Improve Digital" {
C518: "um" { function: "Marketing", purpose: "OCD" }
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
C525: "tt_exelate" { function: "Marketing", purpose: "OCD" }
C526: "tt_liveramp" { function: "Marketing", purpose: "OCD" }
C527: "tt_neustar" { function: "Marketing", purpose: "OCD" }
C528: "tt_salesforce" { function: "Marketing", purpose: "OCD" }
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
C537: "st_csd" { function: "Marketing", purpose: "OCD" }
C538: "st_cs" { function: "Marketing", purpose: "OCD" }
C539: "st_uid" { function: "Marketing", purpose: "OCD" }
C540: "st_cnt" { function: "Marketing", purpose: "OCD" }
C541: "st_chc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smartadserver" {
C542: "cnfq" { function: "Marketing", purpose: "OCD" }
C543: "lcsrc" { function: "Marketing", purpose: "OCD" }
C545: "gid" { function: "Marketing", purpose: "OCD" }
C546: "csfq" { function: "Marketing", purpose: "OCD" }
C547: "partner-*" { function: "Marketing", purpose: "OCD" }
C549: "Comp" { function: "Marketing", purpose: "OCD" }
C550: "Pwb" { function: "Marketing", purpose: "OCD" }
C552: "sasd" { function: "Marketing", purpose: "OCD" }
C553: "sasd2" { function: "Marketing", purpose: "OCD" }
C554: "csync" { function: "Marketing", purpose: "OCD" }
C555: "TestIfCookieP" { function: "Marketing", purpose: "OCD" }
C556: "pid" { function: "Marketing", purpose: "OCD" }
C558: "lcsrd" { function: "Marketing", purpose: "OCD" }
            }
            provider "Unrulymedia.com" {
C560: "unruly_m*" { function: "Marketing", purpose: "OCD" }
            }
            provider "LiveIntent" {
C562: "lidid" { function: "Marketing", purpose: "OCD" }
C563: "_li_ss" { function: "Marketing", purpose: "OCD" }
            }
            provider "TripleLift" {
C564: "tluid" { function: "Marketing", purpose: "OCD" }
C565: "tluidp" { function: "Marketing", purpose: "OCD" }
C566: "optout" { function: "Marketing", purpose: "OCD" }
C567: "sync" { function: "Marketing", purpose: "OCD" }
            }
            provider "Taboola" {
C569: "taboola_session_id" { function: "Marketing", purpose: "OCD" }
C573: "_tb_t_ppg" { function: "Marketing", purpose: "OCD" }
            }
            provider "openx.net" {
C577: "i" { function: "Marketing", purpose: "OCD" }
C578: "univ_id" { function: "Marketing", purpose: "OCD" }
C579: "OAID" { function: "Marketing", purpose: "OCD" }
C580: "OAGEO*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Funda" {
C581: "DG_HID" { function: "Marketing", purpose: "OCD" }
C582: "DG_IID" { function: "Marketing", purpose: "OCD" }
C583: "DG_SID" { function: "Marketing", purpose: "OCD" }
C584: "DG_UID" { function: "Marketing", purpose: "OCD" }
C585: "DG_ZID" { function: "Marketing", purpose: "OCD" }
C586: "DG_ZUID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adxcore" {
C596: "advst_uid_11" { function: "Marketing", purpose: "OCD" }
C597: "DISPATCHER" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fidelity-media.com" {
C598: "DSP_UID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Lotame" {
C612: "_cc_aud" { function: "Marketing", purpose: "OCD" }
C613: "_cc_cc" { function: "Marketing", purpose: "OCD" }
C614: "_cc_id" { function: "Marketing", purpose: "OCD" }
C615: "panoramaId" { function: "Marketing", purpose: "OCD" }
C616: "panoramaId_expiry_exp" { function: "Marketing", purpose: "OCD" }
C617: "_cc_domain" { function: "Marketing", purpose: "OCD" }
C658: "_cc_dc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Neustar" {
C618: "ab" { function: "Marketing", purpose: "OCD" }
            }
            provider "BlueKai" {
C619: "bkdc" { function: "Marketing", purpose: "OCD" }
C620: "bku" { function: "Marketing", purpose: "OCD" }
C659: "bkpa" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adobe Advertising" {
C621: "everest_g_v2" { function: "Marketing", purpose: "OCD" }
C622: "everest_session_v2" { function: "Marketing", purpose: "OCD" }
C623: "ev_tm" { function: "Marketing", purpose: "OCD" }
C624: "_tmae" { function: "Marketing", purpose: "OCD" }
C625: "_lcc" { function: "Marketing", purpose: "OCD" }
C626: "ev_sync_ax" { function: "Marketing", purpose: "OCD" }
C627: "ev_sync_dd" { function: "Marketing", purpose: "OCD" }
C628: "ev_sync_fs" { function: "Marketing", purpose: "OCD" }
C629: "ev_sync_ix" { function: "Marketing", purpose: "OCD" }
C630: "ev_sync_nx" { function: "Marketing", purpose: "OCD" }
C631: "ev_sync_ox" { function: "Marketing", purpose: "OCD" }
C632: "ev_sync_pm" { function: "Marketing", purpose: "OCD" }
C633: "ev_sync_rc" { function: "Marketing", purpose: "OCD" }
C634: "ev_sync_tm" { function: "Marketing", purpose: "OCD" }
C635: "ev_sync_yh" { function: "Marketing", purpose: "OCD" }
C636: "adcloud" { function: "Marketing", purpose: "OCD" }
C637: "id_adcloud" { function: "Marketing", purpose: "OCD" }
            }
            provider "MediaMath" {
C638: "mt_misc" { function: "Marketing", purpose: "OCD" }
C649: "uuidc" { function: "Marketing", purpose: "OCD" }
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
C644: "TapAd_3WAY_SYNCS" { function: "Marketing", purpose: "OCD" }
            }
            provider "The Tradedesk" {
C645: "TDCPM" { function: "Marketing", purpose: "OCD" }
C646: "TDID" { function: "Marketing", purpose: "OCD" }
            }
            provider "FreeWheel" {
C647: "uid-bp-*" { function: "Marketing", purpose: "OCD" }
C648: "MRM_UID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Zeotap" {
C650: "zc" { function: "Marketing", purpose: "OCD" }
C651: "zi" { function: "Marketing", purpose: "OCD" }
C652: "idp" { function: "Marketing", purpose: "OCD" }
C653: "zuc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Trustpilot" {
C654: "amplitude_id*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Admixer" {
C657: "am-uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "SOVRN" {
C660: "_ljtrtb_*" { function: "Marketing", purpose: "OCD" }
C661: "ljtrtb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediamath" {
C662: "uuid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pinterest" {
C665: "_pinterest_ct_ua" { function: "Marketing", purpose: "OCD" }
C666: "sessionFunnelEventLogged" { function: "Marketing", purpose: "OCD" }
C667: "_routing_id" { function: "Marketing", purpose: "OCD" }
C668: "_derived_epik" { function: "Marketing", purpose: "OCD" }
C669: "_pinterest_ct" { function: "Marketing", purpose: "OCD" }
C670: "_pinterest_ct_rt" { function: "Marketing", purpose: "OCD" }
C671: "_epik" { function: "Marketing", purpose: "OCD" }
            }
            provider "Vuble" {
C702: "_mb" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sharpspring" {
C706: "koitk" { function: "Marketing", purpose: "OCD" }
C707: "__ss_referrer" { function: "Marketing", purpose: "OCD" }
C708: "__ss_tk" { function: "Marketing", purpose: "OCD" }
C709: "__ss" { function: "Marketing", purpose: "OCD" }
            }
            provider "Datatrics" {
C721: "datatrics_optin" { function: "Marketing", purpose: "OCD" }
C722: "datatricsDebugger" { function: "Marketing", purpose: "OCD" }
            }
            provider "OneTrust" {
C730: "_mkto_trk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optimizely" {
C733: "optimizelyEndUserId" { function: "Marketing", purpose: "OCD" }
C734: "optimizelyDomainTestCookie" { function: "Marketing", purpose: "OCD" }
C735: "optimizelyOptOut" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ortec" {
C737: "app_ts" { function: "Marketing", purpose: "OCD" }
C738: "viewer" { function: "Marketing", purpose: "OCD" }
C739: "spx_ts" { function: "Marketing", purpose: "OCD" }
C740: "adx_ts" { function: "Marketing", purpose: "OCD" }
C741: "id_ts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Wix.com" {
C744: "svSession" { function: "Marketing", purpose: "OCD" }
            }
            provider "Shopify" {
C762: "_tracking_consent" { function: "Marketing", purpose: "OCD" }
C763: "_landing_page" { function: "Marketing", purpose: "OCD" }
C764: "_orig_referrer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Hubspot" {
C812: "__hstc" { function: "Marketing", purpose: "OCD" }
C813: "hubspotutk" { function: "Marketing", purpose: "OCD" }
C814: "__hssc" { function: "Marketing", purpose: "OCD" }
C815: "__hssrc" { function: "Marketing", purpose: "OCD" }
C816: "messagesUtk" { function: "Marketing", purpose: "OCD" }
C817: "hubspotapi" { function: "Marketing", purpose: "OCD" }
            }
            provider "Reddit" {
C844: "edgebucket" { function: "Marketing", purpose: "OCD" }
C845: "initref" { function: "Marketing", purpose: "OCD" }
            }
            provider "Xandr" {
C851: "anj" { function: "Marketing", purpose: "OCD" }
C852: "uuid2" { function: "Marketing", purpose: "OCD" }
C854: "icu" { function: "Marketing", purpose: "OCD" }
C857: "XANDR_PANID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Snapchat" {
C867: "sc_at" { function: "Marketing", purpose: "OCD" }
C868: "sc-a-nonce" { function: "Marketing", purpose: "OCD" }
            }
            provider "ZOHO" {
C879: "zc_show" { function: "Marketing", purpose: "OCD" }
C881: "zc_loc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Perfect Audience" {
C885: "pa_rubicon_ts" { function: "Marketing", purpose: "OCD" }
C886: "pa_twitter_ts" { function: "Marketing", purpose: "OCD" }
C887: "pa_yahoo_ts" { function: "Marketing", purpose: "OCD" }
C888: "pa_openx_ts" { function: "Marketing", purpose: "OCD" }
C889: "pa_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "MailMunch" {
C890: "mailmunch_second_pageview" { function: "Marketing", purpose: "OCD" }
C891: "_mailmunch_visitor_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Partnerize" {
C892: "tPHG-PS" { function: "Marketing", purpose: "OCD" }
            }
            provider "Digital Audience" {
C893: "digitalAudience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Optinmonster" {
C895: "_omappvs" { function: "Marketing", purpose: "OCD" }
C896: "_omappvp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadfeeder" {
C897: "_lfa" { function: "Marketing", purpose: "OCD" }
            }
            provider "SnapEngage" {
C900: "SnapABugRef" { function: "Marketing", purpose: "OCD" }
            }
            provider "SpotX" {
C901: "audience" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yahoo" {
C903: "A3" { function: "Marketing", purpose: "OCD" }
C904: "APID" { function: "Marketing", purpose: "OCD" }
C905: "APIDTS" { function: "Marketing", purpose: "OCD" }
C906: "IDSYNC" { function: "Marketing", purpose: "OCD" }
C907: "A1" { function: "Marketing", purpose: "OCD" }
C908: "A1S" { function: "Marketing", purpose: "OCD" }
C909: "cmp" { function: "Marketing", purpose: "OCD" }
C910: "adsrcvw1" { function: "Marketing", purpose: "OCD" }
C911: "migrated2y" { function: "Marketing", purpose: "OCD" }
C912: "OTH" { function: "Marketing", purpose: "OCD" }
C913: "rtbData0" { function: "Marketing", purpose: "OCD" }
C914: "rxx" { function: "Marketing", purpose: "OCD" }
C915: "tearsheet" { function: "Marketing", purpose: "OCD" }
C916: "unique_ad_source_impression" { function: "Marketing", purpose: "OCD" }
C917: "axids" { function: "Marketing", purpose: "OCD" }
C918: "GUC" { function: "Marketing", purpose: "OCD" }
C919: "trc_cookie_storage" { function: "Marketing", purpose: "OCD" }
C920: "tbla_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "Quantcast" {
C922: "cref" { function: "Marketing", purpose: "OCD" }
C923: "mc" { function: "Marketing", purpose: "OCD" }
C924: "d" { function: "Marketing", purpose: "OCD" }
C937: "__qca" { function: "Marketing", purpose: "OCD" }
            }
            provider "Issuu" {
C925: "iutk" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bazaar Voice" {
C978: "BVID" { function: "Marketing", purpose: "OCD" }
C979: "BVSID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Leadinfo" {
C980: "_li_id*" { function: "Marketing", purpose: "OCD" }
C981: "_li_ses*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adcalls" {
C985: "acalltracker" { function: "Marketing", purpose: "OCD" }
C988: "acalltrackernumber" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sharethrough" {
C1000: "stx_user_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "BetweenDigital" {
C1001: "dc" { function: "Marketing", purpose: "OCD" }
            }
            provider "Squeezely" {
C1002: "sqzl_abs" { function: "Marketing", purpose: "OCD" }
C1004: "sqzl_session_id" { function: "Marketing", purpose: "OCD" }
C1005: "sqzl_vw" { function: "Marketing", purpose: "OCD" }
C1006: "sqzllocal" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blueconic.com" {
C1010: "BCSessionID" { function: "Marketing", purpose: "OCD" }
C1011: "BCTempID" { function: "Marketing", purpose: "OCD" }
C1013: "BCReferrerOverrule" { function: "Marketing", purpose: "OCD" }
C1014: "BCRefusedObjectives" { function: "Marketing", purpose: "OCD" }
C1015: "BCRevision" { function: "Marketing", purpose: "OCD" }
C1016: "BCTracking" { function: "Marketing", purpose: "OCD" }
C1017: "bc_tstgrp" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adalyser.com" {
C1018: "__adal_ca" { function: "Marketing", purpose: "OCD" }
C1019: "__adal_cw" { function: "Marketing", purpose: "OCD" }
C1020: "__adal_id" { function: "Marketing", purpose: "OCD" }
C1021: "__adal_ses" { function: "Marketing", purpose: "OCD" }
            }
            provider "Roku" {
C1024: "matchadform" { function: "Marketing", purpose: "OCD" }
C1025: "wfivefivec" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adition" {
C1026: "UserID1" { function: "Marketing", purpose: "OCD" }
            }
            provider "Klaviyo" {
C1035: "__kla_id" { function: "Marketing", purpose: "OCD" }
            }
            provider "TikTok" {
C1038: "_tt_enable_cookie" { function: "Marketing", purpose: "OCD" }
C1039: "_ttp" { function: "Marketing", purpose: "OCD" }
C1040: "MONITOR_WEB_ID" { function: "Marketing", purpose: "OCD" }
C1041: "msToken" { function: "Marketing", purpose: "OCD" }
C1042: "ttwid" { function: "Marketing", purpose: "OCD" }
C1043: "ttcsid*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Ezoic" {
C1064: "ezosuigeneris*" { function: "Marketing", purpose: "OCD" }
C1065: "ezosuibasgeneris-1" { function: "Marketing", purpose: "OCD" }
            }
            provider "E-volution.ai" {
C1095: "v_usr" { function: "Marketing", purpose: "OCD" }
            }
            provider "StreamTheWorld" {
C1096: "idsync-bsw-uid-s" { function: "Marketing", purpose: "OCD" }
            }
            provider "OnAudience" {
C1097: "done_redirects*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Vidoomy" {
C1098: "vidoomy-uids" { function: "Marketing", purpose: "OCD" }
            }
            provider "csync.loopme.me" {
C1106: "viewer_token" { function: "Marketing", purpose: "OCD" }
            }
            provider "WordPress" {
C1116: "tk_or" { function: "Marketing", purpose: "OCD" }
            }
            provider "ShareThis" {
C1189: "__stidv" { function: "Marketing", purpose: "OCD" }
            }
            provider "Magnite" {
C1198: "khaos" { function: "Marketing", purpose: "OCD" }
C1199: "audit" { function: "Marketing", purpose: "OCD" }
C1200: "put_*" { function: "Marketing", purpose: "OCD" }
C1201: "rpb" { function: "Marketing", purpose: "OCD" }
C1202: "rpx" { function: "Marketing", purpose: "OCD" }
C1203: "c" { function: "Marketing", purpose: "OCD" }
C1204: "khaos_p" { function: "Marketing", purpose: "OCD" }
C1407: "tv_U*" { function: "Marketing", purpose: "OCD" }
C1408: "tvid" { function: "Marketing", purpose: "OCD" }
            }
            provider "SAP" {
C1205: "apiDomain_*" { function: "Marketing", purpose: "OCD" }
C1207: "gig_bootstrap_*" { function: "Marketing", purpose: "OCD" }
C1210: "gig_hasGmid" { function: "Marketing", purpose: "OCD" }
C1215: "_gigRefUid_*" { function: "Marketing", purpose: "OCD" }
C1220: "gmid" { function: "Marketing", purpose: "OCD" }
C1223: "hasGmid" { function: "Marketing", purpose: "OCD" }
C1226: "_gig_*" { function: "Marketing", purpose: "OCD" }
C1228: "ucid" { function: "Marketing", purpose: "OCD" }
            }
            provider "The Ozone Project" {
C1229: "ozone_uid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beamer" {
C1232: "_BEAMER_FIRST_VISIT_*" { function: "Marketing", purpose: "OCD" }
C1233: "_BEAMER_DATE_*" { function: "Marketing", purpose: "OCD" }
C1234: "_BEAMER_LAST_POST_SHOWN_*" { function: "Marketing", purpose: "OCD" }
C1235: "_BEAMER_FILTER_BY_URL_*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adhese" {
C1237: "cap*" { function: "Marketing", purpose: "OCD" }
C1238: "pubmatic_uid" { function: "Marketing", purpose: "OCD" }
C1239: "improvedigital_uid" { function: "Marketing", purpose: "OCD" }
C1240: "rubicon_uid" { function: "Marketing", purpose: "OCD" }
C1241: "adform_uid" { function: "Marketing", purpose: "OCD" }
C1242: "appnexus_uid" { function: "Marketing", purpose: "OCD" }
C1243: "triplelift_uid" { function: "Marketing", purpose: "OCD" }
C1244: "adheseCustomer" { function: "Marketing", purpose: "OCD" }
            }
            provider "Kelkoo" {
C1259: "KelkooID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Customer.io" {
C1260: "_cioid" { function: "Marketing", purpose: "OCD" }
C1261: "_cioanonid" { function: "Marketing", purpose: "OCD" }
C1262: "cioFT" { function: "Marketing", purpose: "OCD" }
C1263: "cioLT" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tappx" {
C1267: "TXCSDMN_*" { function: "Marketing", purpose: "OCD" }
C1268: "TXCD" { function: "Marketing", purpose: "OCD" }
            }
            provider "richAudience" {
C1269: "rai-pltn-pl-*" { function: "Marketing", purpose: "OCD" }
C1270: "avcid-*" { function: "Marketing", purpose: "OCD" }
C1271: "pdid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Media.net" {
C1272: "data-*" { function: "Marketing", purpose: "OCD" }
C1273: "visitor-id" { function: "Marketing", purpose: "OCD" }
C1274: "gdpr_status" { function: "Marketing", purpose: "OCD" }
C1275: "mnet_session_depth" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dotomi" {
C1277: "cjae" { function: "Marketing", purpose: "OCD" }
C1278: "DotomiStatus" { function: "Marketing", purpose: "OCD" }
C1279: "DotomiSync" { function: "Marketing", purpose: "OCD" }
C1280: "dtm_token" { function: "Marketing", purpose: "OCD" }
C1281: "dtm_token_exp" { function: "Marketing", purpose: "OCD" }
C1282: "dtm_tcdata" { function: "Marketing", purpose: "OCD" }
C1283: "dtm_tcdata_exp" { function: "Marketing", purpose: "OCD" }
C1284: "dtm_token_sc" { function: "Marketing", purpose: "OCD" }
C1285: "dtm_user_id" { function: "Marketing", purpose: "OCD" }
C1286: "dtm_user_id_sc" { function: "Marketing", purpose: "OCD" }
C1287: "dtm_gdpr_delete" { function: "Marketing", purpose: "OCD" }
            }
            provider "Fastclick" {
C1288: "pluto2" { function: "Marketing", purpose: "OCD" }
C1289: "pluto" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediaplex" {
C1291: "svid" { function: "Marketing", purpose: "OCD" }
C1292: "rts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Salesforce" {
C1331: "apex__EmailAddress" { function: "Marketing", purpose: "OCD" }
C1352: "oinfo" { function: "Marketing", purpose: "OCD" }
C1353: "expid_*" { function: "Marketing", purpose: "OCD" }
C1355: "_kuid_" { function: "Marketing", purpose: "OCD" }
C1356: "visitor_id*" { function: "Marketing", purpose: "OCD" }
C1394: "igodigitalstdomain" { function: "Marketing", purpose: "OCD" }
C1395: "igodigitalst_*" { function: "Marketing", purpose: "OCD" }
C1396: "igodigitaltc2" { function: "Marketing", purpose: "OCD" }
            }
            provider "Usabilla" {
C1423: "usbls" { function: "Marketing", purpose: "OCD" }
            }
            provider "Sailthru" {
C1439: "sailthru_content" { function: "Marketing", purpose: "OCD" }
C1440: "sailthru_pageviews" { function: "Marketing", purpose: "OCD" }
C1441: "sailthru_visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nielsen" {
C1442: "IMRID" { function: "Marketing", purpose: "OCD" }
C1443: "ud" { function: "Marketing", purpose: "OCD" }
C1444: "udo" { function: "Marketing", purpose: "OCD" }
C1445: "EE" { function: "Marketing", purpose: "OCD" }
            }
            provider "infOnline" {
C1446: "i00" { function: "Marketing", purpose: "OCD" }
            }
            provider "Piano" {
C1453: "_pcus" { function: "Marketing", purpose: "OCD" }
C1455: "cX_G" { function: "Marketing", purpose: "OCD" }
C1456: "gckp" { function: "Marketing", purpose: "OCD" }
C1458: "pnespsdk_pnespid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Qualaroo" {
C1479: "ki_s" { function: "Marketing", purpose: "OCD" }
C1480: "ki_u" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nativo" {
C1483: "opt_out" { function: "Marketing", purpose: "OCD" }
C1484: "visitor" { function: "Marketing", purpose: "OCD" }
            }
            provider "Verve" {
C1485: "lkqdid" { function: "Marketing", purpose: "OCD" }
C1486: "lkqdidts" { function: "Marketing", purpose: "OCD" }
            }
            provider "33Across" {
C1487: "33x_ps" { function: "Marketing", purpose: "OCD" }
            }
            provider "Disqus" {
C1507: "vglnk.Agent.p" { function: "Marketing", purpose: "OCD" }
C1508: "vglnk.PartnerRfsh.p" { function: "Marketing", purpose: "OCD" }
            }
            provider "Twiago" {
C1509: "deuxesse_uxid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Emetric" {
C1510: "pid_short" { function: "Marketing", purpose: "OCD" }
C1511: "pid_signature" { function: "Marketing", purpose: "OCD" }
C1512: "ep" { function: "Marketing", purpose: "OCD" }
            }
            provider "Pangle" {
C1513: "_pangle" { function: "Marketing", purpose: "OCD" }
            }
            provider "Totvs" {
C1514: "u" { function: "Marketing", purpose: "OCD" }
            }
            provider "Beeswax" {
C1516: "bitoIsSecure" { function: "Marketing", purpose: "OCD" }
C1517: "bito" { function: "Marketing", purpose: "OCD" }
            }
            provider "Acuity" {
C1523: "auid" { function: "Marketing", purpose: "OCD" }
C1524: "aum" { function: "Marketing", purpose: "OCD" }
            }
            provider "MercadoLibre" {
C1529: "_d2id" { function: "Marketing", purpose: "OCD" }
C1530: "edsid" { function: "Marketing", purpose: "OCD" }
            }
            provider "Aniview" {
C1531: "aniC" { function: "Marketing", purpose: "OCD" }
C1532: "version" { function: "Marketing", purpose: "OCD" }
            }
            provider "Mediarithmics" {
C1533: "mics_vid" { function: "Marketing", purpose: "OCD" }
C1534: "mics_uaid" { function: "Marketing", purpose: "OCD" }
C1535: "mics_lts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Nexx360" {
C1536: "n360_thirtythreeacross" { function: "Marketing", purpose: "OCD" }
C1537: "n360-thirtythreeacross" { function: "Marketing", purpose: "OCD" }
C1538: "n360_appnexus" { function: "Marketing", purpose: "OCD" }
C1539: "n360-appnexus" { function: "Marketing", purpose: "OCD" }
C1540: "n360_bliink" { function: "Marketing", purpose: "OCD" }
C1541: "n360-bliink" { function: "Marketing", purpose: "OCD" }
C1542: "n360_amx" { function: "Marketing", purpose: "OCD" }
C1543: "n360_adform" { function: "Marketing", purpose: "OCD" }
C1544: "n360-adform" { function: "Marketing", purpose: "OCD" }
C1545: "n360_adnuntius" { function: "Marketing", purpose: "OCD" }
C1546: "n360-adnuntius" { function: "Marketing", purpose: "OCD" }
C1547: "n360_adot" { function: "Marketing", purpose: "OCD" }
C1548: "n360-adot" { function: "Marketing", purpose: "OCD" }
C1549: "n360_adyoulike" { function: "Marketing", purpose: "OCD" }
C1550: "n360-adyoulike" { function: "Marketing", purpose: "OCD" }
C1551: "n360_connectad" { function: "Marketing", purpose: "OCD" }
C1552: "n360-connectad" { function: "Marketing", purpose: "OCD" }
C1553: "n360_conversant" { function: "Marketing", purpose: "OCD" }
C1554: "n360_cwire" { function: "Marketing", purpose: "OCD" }
C1555: "n360-cwire" { function: "Marketing", purpose: "OCD" }
C1556: "n360_firstid" { function: "Marketing", purpose: "OCD" }
C1557: "n360-firstid" { function: "Marketing", purpose: "OCD" }
C1558: "n360_freewheel" { function: "Marketing", purpose: "OCD" }
C1559: "n360-freewheel" { function: "Marketing", purpose: "OCD" }
C1560: "n360_fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1561: "n360-fueldigitalmedia" { function: "Marketing", purpose: "OCD" }
C1562: "n360_fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1563: "n360-fueldigitalix" { function: "Marketing", purpose: "OCD" }
C1564: "n360_fueldigital" { function: "Marketing", purpose: "OCD" }
C1565: "n360-fueldigital" { function: "Marketing", purpose: "OCD" }
C1566: "n360-gingerad" { function: "Marketing", purpose: "OCD" }
C1567: "n360_goodad" { function: "Marketing", purpose: "OCD" }
C1568: "n360-goodad" { function: "Marketing", purpose: "OCD" }
C1569: "n360_gravity" { function: "Marketing", purpose: "OCD" }
C1570: "n360-gravity" { function: "Marketing", purpose: "OCD" }
C1571: "n360_groupm" { function: "Marketing", purpose: "OCD" }
C1572: "n360-groupm" { function: "Marketing", purpose: "OCD" }
C1573: "n360_improve" { function: "Marketing", purpose: "OCD" }
C1574: "n360-improve" { function: "Marketing", purpose: "OCD" }
C1575: "n360_ix" { function: "Marketing", purpose: "OCD" }
C1576: "n360-ix" { function: "Marketing", purpose: "OCD" }
C1577: "n360-medianet" { function: "Marketing", purpose: "OCD" }
C1578: "n360_moneytag" { function: "Marketing", purpose: "OCD" }
C1579: "n360-moneytag" { function: "Marketing", purpose: "OCD" }
C1580: "n360_nextmillennium" { function: "Marketing", purpose: "OCD" }
C1581: "n360-nextmillennium" { function: "Marketing", purpose: "OCD" }
C1582: "n360_onetag" { function: "Marketing", purpose: "OCD" }
C1583: "n360-onetag" { function: "Marketing", purpose: "OCD" }
C1584: "n360_openx" { function: "Marketing", purpose: "OCD" }
C1585: "n360-openx" { function: "Marketing", purpose: "OCD" }
C1586: "n360_outbrain" { function: "Marketing", purpose: "OCD" }
C1587: "n360-outbrain" { function: "Marketing", purpose: "OCD" }
C1588: "n360_plista" { function: "Marketing", purpose: "OCD" }
C1589: "n360_pubmatic" { function: "Marketing", purpose: "OCD" }
C1590: "n360-pubmatic" { function: "Marketing", purpose: "OCD" }
C1591: "n360_pulsepoint" { function: "Marketing", purpose: "OCD" }
C1592: "n360-pulsepoint" { function: "Marketing", purpose: "OCD" }
C1593: "n360_quantum" { function: "Marketing", purpose: "OCD" }
C1594: "n360-quantum" { function: "Marketing", purpose: "OCD" }
C1595: "n360_richaudience" { function: "Marketing", purpose: "OCD" }
C1596: "n360-richaudience" { function: "Marketing", purpose: "OCD" }
C1597: "n360_rtbhouse" { function: "Marketing", purpose: "OCD" }
C1598: "n360-rtbhouse" { function: "Marketing", purpose: "OCD" }
C1599: "n360_rubicon" { function: "Marketing", purpose: "OCD" }
C1600: "n360_sharethrough" { function: "Marketing", purpose: "OCD" }
C1601: "n360-sharethrough" { function: "Marketing", purpose: "OCD" }
C1602: "n360_smaato" { function: "Marketing", purpose: "OCD" }
C1603: "n360-smaato" { function: "Marketing", purpose: "OCD" }
C1604: "n360_smartadserver" { function: "Marketing", purpose: "OCD" }
C1605: "n360-smartadserver" { function: "Marketing", purpose: "OCD" }
C1606: "n360_smartyads" { function: "Marketing", purpose: "OCD" }
C1607: "n360-smartyads" { function: "Marketing", purpose: "OCD" }
C1608: "n360_smilewanted" { function: "Marketing", purpose: "OCD" }
C1609: "n360-smilewanted" { function: "Marketing", purpose: "OCD" }
C1610: "n360_staila" { function: "Marketing", purpose: "OCD" }
C1611: "n360-staila" { function: "Marketing", purpose: "OCD" }
C1612: "n360-tappx" { function: "Marketing", purpose: "OCD" }
C1613: "n360_mediagrid" { function: "Marketing", purpose: "OCD" }
C1614: "n360-mediagrid" { function: "Marketing", purpose: "OCD" }
C1615: "n360_ttd" { function: "Marketing", purpose: "OCD" }
C1616: "n360-ttd" { function: "Marketing", purpose: "OCD" }
C1617: "n360_traffective" { function: "Marketing", purpose: "OCD" }
C1618: "n360-traffective" { function: "Marketing", purpose: "OCD" }
C1619: "n360_triplelift" { function: "Marketing", purpose: "OCD" }
C1620: "n360-triplelift" { function: "Marketing", purpose: "OCD" }
C1621: "n360_yahoo" { function: "Marketing", purpose: "OCD" }
C1622: "n360-yahoo" { function: "Marketing", purpose: "OCD" }
C1623: "n360-vidoomy" { function: "Marketing", purpose: "OCD" }
C1624: "n360_yieldlab" { function: "Marketing", purpose: "OCD" }
C1625: "n360-yieldlab" { function: "Marketing", purpose: "OCD" }
            }
            provider "MediaVine" {
C1626: "mv_tokens" { function: "Marketing", purpose: "OCD" }
C1627: "mv_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
C1628: "am_tokens" { function: "Marketing", purpose: "OCD" }
C1629: "am_tokens_invalidate-verizon-pushes" { function: "Marketing", purpose: "OCD" }
            }
            provider "Yieldmo" {
C1631: "ptrcriteo" { function: "Marketing", purpose: "OCD" }
C1632: "ptrrhs" { function: "Marketing", purpose: "OCD" }
C1634: "ptrrc" { function: "Marketing", purpose: "OCD" }
C1635: "ptrt" { function: "Marketing", purpose: "OCD" }
C1636: "ptrpp" { function: "Marketing", purpose: "OCD" }
C1637: "ptrpub" { function: "Marketing", purpose: "OCD" }
C1638: "ptrc" { function: "Marketing", purpose: "OCD" }
C1639: "ptrb" { function: "Marketing", purpose: "OCD" }
C1640: "ptropenx" { function: "Marketing", purpose: "OCD" }
C1641: "ptrbsw" { function: "Marketing", purpose: "OCD" }
C1642: "ptreps" { function: "Marketing", purpose: "OCD" }
C1643: "ptradtrt" { function: "Marketing", purpose: "OCD" }
            }
            provider "Springserve" {
C1644: "ssid" { function: "Marketing", purpose: "OCD" }
C1645: "sst" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bouncex" {
C1646: "bounceClientVisit" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tailtarget" {
C1655: "ttbprf" { function: "Marketing", purpose: "OCD" }
C1656: "ttc" { function: "Marketing", purpose: "OCD" }
C1657: "ttnprf" { function: "Marketing", purpose: "OCD" }
C1658: "n" { function: "Marketing", purpose: "OCD" }
C1659: "trk" { function: "Marketing", purpose: "OCD" }
C1660: "tp*" { function: "Marketing", purpose: "OCD" }
C1661: "ttgcm" { function: "Marketing", purpose: "OCD" }
            }
            provider "Groovinads" {
C1669: "GRV_BHV_UID*" { function: "Marketing", purpose: "OCD" }
C1670: "GRV_BHV_IDCC*" { function: "Marketing", purpose: "OCD" }
C1671: "GRV_BHV_SKU*" { function: "Marketing", purpose: "OCD" }
C1672: "GRV_BHV_IDCAT*" { function: "Marketing", purpose: "OCD" }
C1673: "GRV_IDU" { function: "Marketing", purpose: "OCD" }
C1674: "NPA*" { function: "Marketing", purpose: "OCD" }
C1675: "GRV_BHV_BRND_*" { function: "Marketing", purpose: "OCD" }
C1676: "GRV_google" { function: "Marketing", purpose: "OCD" }
            }
            provider "Bidence" {
C1677: "duid_update_time" { function: "Marketing", purpose: "OCD" }
C1678: "_ssp_update_time*" { function: "Marketing", purpose: "OCD" }
C1679: "_dsp_uid*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Tripadvisor" {
C1701: "TADCID" { function: "Marketing", purpose: "OCD" }
C1702: "ServerPool" { function: "Marketing", purpose: "OCD" }
            }
            provider "Underdog Media" {
C1706: "rtbh" { function: "Marketing", purpose: "OCD" }
C1707: "udmts" { function: "Marketing", purpose: "OCD" }
            }
            provider "Crazy Egg" {
C1735: "_crazyegg" { function: "Marketing", purpose: "OCD" }
C1738: "ce_signup_partner" { function: "Marketing", purpose: "OCD" }
            }
            provider "Adkernel" {
C1756: "SSPR_*" { function: "Marketing", purpose: "OCD" }
C1757: "SSPZ" { function: "Marketing", purpose: "OCD" }
C1758: "DSP2F_*" { function: "Marketing", purpose: "OCD" }
C1759: "ADKUID" { function: "Marketing", purpose: "OCD" }
            }
            provider "Smaato" {
C1760: "SCM*" { function: "Marketing", purpose: "OCD" }
            }
            provider "Undertone" {
C1761: "UID_EXT_*" { function: "Marketing", purpose: "OCD" }
C1762: "UTID" { function: "Marketing", purpose: "OCD" }
C1763: "UTID_ENC" { function: "Marketing", purpose: "OCD" }
            }
            provider "Dynamic Yield" {
C1779: "_dy_cs_storage_items" { function: "Marketing", purpose: "OCD" }
C1780: "_dy_cs_cookie_items" { function: "Marketing", purpose: "OCD" }
            }
            provider "Blue" {
C1781: "hash" { function: "Marketing", purpose: "OCD" }
C1782: "BLUEID" { function: "Marketing", purpose: "OCD" }
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
C1900: "_rd_experiment_version" { function: "Marketing", purpose: "OCD" }
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
"hs-membership-csrf" => 9,
"CMSCsrfCookie" => 10,
"ZCAMPAIGN_CSRF_TOKEN" => 11,
"CRAFT_CSRF_TOKEN" => 12,
"_csrf" => 13,
"idccsrf" => 14,
"devOverrideCsrfToken" => 15,
"Host-ERIC_PROD-" => 16,
"xf_csrf" => 17,
"gist_oauth_csrf" => 18,
"saml_csrf_token" => 19,
"__cpmQQ_trackers" => 20,
"__cpmQQ_trackers_timestamp" => 21,
"__cmpQQ_usedCoookies" => 22,
"__cmpQQ_consentID" => 23,
"__cmpQQ_CookieConsent" => 24,
"_rails_session" => 25,
"next-auth.*" => 26,
"sb-*" => 27,
"clerk_*" => 28,
"cookiePreferences" => 29,
"CookieConsent" => 30,
"CookieConsentBulkTicket" => 31,
"userlang*" => 32,
"consentUUID" => 33,
"CrossConsent" => 34,
"1.gif" => 35,
"cb-currency" => 36,
"CookieConsentBulkSetting-*" => 37,
"cookieconsent_variant" => 38,
"cookieconsent_system" => 39,
"cookieconsent_level" => 40,
"cookieconsent_seen" => 41,
"_GRECAPTCHA" => 42,
"pm_sess" => 43,
"pm_sess_NNN" => 44,
"ANID" => 45,
"GA_OPT_OUT" => 46,
"_Secure-ENID" => 47,
"Secure-YEC" => 48,
"CGIC" => 49,
"_Secure-YEC" => 50,
"__Secure-YNID" => 51,
"CONSENT" => 52,
"SOCS" => 53,
"ACCOUNT_CHOOSER" => 54,
"SMSV" => 55,
"__Host-1PLSID" => 56,
"__Host-3PLSID" => 57,
"__Host-GAPS" => 58,
"LSOLH" => 59,
"g_enabled_idps" => 60,
"G_AUTHUSER_H" => 61,
"__Secure-ENID" => 62,
"GCLB" => 63,
"receive-cookie-deprecation" => 64,
"AEC" => 65,
"_gaexp" => 66,
"django_language" => 67,
"sat_track" => 68,
"at_check" => 69,
"renderid" => 70,
"wd" => 71,
"presence" => 72,
"MSPAuth" => 73,
"MSNRPSAuth" => 74,
"KievRPSAuth" => 75,
"WLSSC" => 76,
"MSPProf" => 77,
"MC0" => 78,
"MS0" => 79,
"x-ms-gateway-slice" => 80,
"AADSSO" => 81,
"brcap" => 82,
"buid" => 83,
"esctx" => 84,
"fpc" => 85,
"stsservicecookie" => 86,
"ARRAffinity" => 87,
".ASPXANONYMOUS" => 88,
".ASPXAUTH" => 89,
"nSGt-*" => 90,
"RpsContextCookie" => 91,
"ASLBSACORS" => 92,
"ASLBSA" => 93,
"ASPSESSIO*" => 94,
"ApplicationGatewayAffinity" => 95,
"ApplicationGatewayAffinityCORS" => 96,
"VisitorStorageGuid" => 97,
".AspNetCore.Mvc.CookieTempDataProvider" => 98,
"x-ms-cpim-admin" => 99,
"x-ms-cpim-slice" => 100,
"x-ms-cpim-sso*" => 101,
"x-ms-cpim-cache*" => 102,
"x-ms-cpim-csrf" => 103,
"x-ms-cpim-dc" => 104,
"x-ms-cpim-ctx" => 105,
"x-ms-cpim-rp" => 106,
"x-ms-cpim-rc" => 107,
"x-ms-cpim-geo" => 108,
"Dynamics365PortalAnalytics" => 109,
"ai_session" => 110,
"ai_user" => 111,
"AADNonce.forms" => 112,
"DcLcid" => 113,
"esctx-*" => 114,
"isFirstSession*" => 115,
"MSO*" => 116,
"ASP.NET_Sessio_Fallback" => 117,
"__RequestVerificationToken*" => 118,
"ASP.NET_SessionId" => 119,
"cookie-consent-io" => 120,
"cookie-consent-io-timestamp*" => 121,
"cookie-consent-io-gdpr" => 122,
"PREF" => 123,
"YSC" => 124,
"DEVICE_INFO" => 125,
"LOGIN_INFO" => 126,
"__cfduid" => 127,
"__cfruid" => 128,
"__cf_bm" => 129,
"cf_chl_2" => 130,
"__cflb" => 131,
"_cfuvid" => 132,
"cf_clearance" => 133,
"__cfseq" => 134,
"cf_ob_info" => 135,
"__cfwaitingroom" => 136,
"cf_chl_rc_i" => 137,
"cf_chl_rc_ni" => 138,
"cf_chl_rc_m" => 139,
"_hjTLDTest" => 140,
"_hjUserAttributesHash" => 141,
"_hjptid" => 142,
"_hjAbsoluteSessionInProgress" => 143,
"_hjFirstSeen" => 144,
"_hjIncludedInPageviewSample" => 145,
"_hjIncludedInSessionSample*" => 146,
"_hjSession_*" => 147,
"_hjSessionUser_*" => 148,
"_hjSessionTooLarge" => 149,
"_hjSessionRejected" => 150,
"_hjSessionResumed" => 151,
"hjViewportId" => 152,
"_hjSessionStorageTest" => 153,
"_hjCookieTest" => 154,
"JSESSIO" => 155,
"ORA_WWV_APP_*" => 156,
"laravel_session" => 157,
"PHPSESSID" => 158,
"__Secure-PHPSESSID" => 159,
"lang" => 160,
"li_gc" => 161,
"li_rm" => 162,
"li_mc" => 163,
"lihc_auth_" => 164,
"li_a" => 165,
"li_ep_auth_context" => 166,
"fcookie" => 167,
"chp_token" => 168,
"li_cu" => 169,
"denial-client-ip" => 170,
"denial-reason-code" => 171,
"rtc" => 172,
"li_referer" => 173,
"f_token" => 174,
"li_apfcdc" => 175,
"li_odapfcc" => 176,
"ac_L" => 177,
"ac_LD" => 178,
"all_u_b" => 179,
"uh" => 180,
"pushPermInfo" => 181,
"pushPermState" => 182,
"wwepo" => 183,
"li_ec" => 184,
"li_gpc" => 185,
"li_gp" => 186,
"PLAY_FLASH" => 187,
"PLAY_LANG" => 188,
"PLAY_SESSION" => 189,
"redirectFromM2MInviteAccept" => 190,
"cookie.policy.banner.eu" => 191,
"cookie.policy.banner.nl" => 192,
"appName" => 193,
"appLang" => 194,
"lls-integration" => 195,
"feed-sort" => 196,
"abiRedirect" => 197,
"lil-lang" => 198,
"li_alerts" => 199,
"li_theme" => 200,
"integration_type" => 201,
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
"aws-csds-token" => 212,
"aws_lang" => 213,
"aws-priv" => 214,
"_cq_duid" => 215,
"_cq_suid" => 216,
"KTPCACOOKIE" => 217,
"COKENBLD" => 218,
"PUBUIDSYNCUPFQ" => 219,
"PMFREQ_ON" => 220,
"FPtrust" => 221,
"PMDTSHR" => 222,
"chk" => 223,
"chkSecSet" => 224,
"chkChromeAb67" => 225,
"chkChromeAb67Sec" => 226,
"pubsyncexp" => 227,
"ipc" => 228,
"Kiyohnl" => 229,
"gdpr" => 230,
"gpp" => 231,
"cfid" => 232,
"ss" => 233,
"dyncdn" => 234,
"Pdomid" => 235,
"t_pt_gid" => 236,
"taboola_select" => 237,
"taboola_fp_td_user_id" => 238,
"_tb_sess_r" => 239,
"fonts-loaded" => 240,
"html-classes" => 241,
"SNLB2" => 242,
"lz_last_visit" => 243,
"lz_userid" => 244,
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
"mage-cache-storage-section-invalidation*" => 258,
"mage-messages" => 259,
"mage-translation-file-version" => 260,
"mage-translation-storage" => 261,
"recently_compared_product*" => 262,
"recently_compared_product_previous*" => 263,
"recently_viewed_product*" => 264,
"recently_viewed_product_previous*" => 265,
"user_allowed_save_cookie" => 266,
"external_no_cache" => 267,
"persistent_shopping_cart" => 268,
"stf" => 269,
"pollN" => 270,
"frontend" => 271,
"guest-view" => 272,
"mage-banners-cache-storage" => 273,
"private_content_version" => 274,
"X-Magento-Vary" => 275,
"section_data_ids" => 276,
"section_data_clean" => 277,
"last_visited_store" => 278,
"store" => 279,
"login_redirect" => 280,
"wordpress_test_cookie" => 281,
"componentType" => 282,
"componentStyle" => 283,
"OptanonConsent" => 284,
"OptanonAlertBoxClosed" => 285,
"OptanonControl" => 286,
"OneTrustWPCCPAGoogleOptOut" => 287,
"FunctionalCookie" => 288,
"utm_key" => 289,
"__Secure-fgpt" => 290,
"wwwchannelme_z_sid" => 291,
"SSR-caching" => 292,
"smSession" => 293,
"ForceFlashSite" => 294,
"bSession" => 295,
"TS01*" => 296,
"fedops.logger.sessionId" => 297,
"wixLanguage" => 298,
"_wixCIDX" => 299,
"_wix_browser_sess" => 300,
"consent-policy" => 301,
"client-session-bind" => 302,
"server-session-bind" => 303,
"_ab" => 304,
"Cart" => 305,
"cart_sig" => 306,
"checkout_token" => 307,
"Secret" => 308,
"Secure_customer_sig" => 309,
"storefront_digest" => 310,
"cart_currency" => 311,
"dynamic_checkout_shown_on_cart" => 312,
"keep_alive" => 313,
"checkout_session_token*" => 314,
"checkout_session_lookup" => 315,
"cart_ver" => 316,
"localization" => 317,
"locale_bar_accepted" => 318,
"_cmp_a" => 319,
"_customer_account_shop_sessions" => 320,
"customer_account_locale" => 321,
"hide_shopify_pay_for_checkout" => 322,
"previous_step" => 323,
"discount_code" => 324,
"remember_me" => 325,
"shopify_pay" => 326,
"shop_pay_accelerated" => 327,
"checkout_prefill" => 328,
"checkout_queue_token" => 329,
"checkout_worker_session" => 330,
"checkout_session_token_*" => 331,
"identity-state" => 332,
"identity_customer_account_number" => 333,
"card_update_verification_id" => 334,
"customer_account_new_login" => 335,
"customer_payment_method" => 336,
"customer_shop_pay_agreement" => 337,
"pay_update_intent_id" => 338,
"profile_preview_token" => 339,
"login_with_shop_finalize" => 340,
"preview_theme" => 341,
"shopify-editor-unconfirmed-settings" => 342,
"_shopify_essential_*" => 343,
"__hs_opt_out" => 344,
"__hs_do_not_track" => 345,
"__hs_initial_opt_in" => 346,
"hs-messages-is-open" => 347,
"hs-messages-hide-welcome-message" => 348,
"__hsmem" => 349,
"hs_langswitcher_choice" => 350,
"hubspotapi-prefs" => 351,
"__hs_cookie_cat_pref" => 352,
"__hs_gpc_banner_dismiss" => 353,
"__hs_notify_banner_dismiss" => 354,
"Player" => 355,
"continuous_play_v3" => 356,
"__stripe_mid" => 357,
"__stripe_sid" => 358,
"m" => 359,
"woocommerce_items_in_cart" => 360,
"wp_woocommerce_session_*" => 361,
"woocommerce_recently_viewed" => 362,
"store_notice*" => 363,
"woocommerce_snooze_suggestions__*" => 364,
"woocommerce_dismissed_suggestions__*" => 365,
"tk_ai" => 366,
"incap_ses_*" => 367,
"nlbi_*" => 368,
"visid_incap_*" => 369,
"sp_t" => 370,
"sp_landing" => 371,
"sess" => 372,
"cc-*" => 373,
"pgid-org-*" => 374,
"SecureSessionID-*" => 375,
"CMSCookieLevel" => 376,
"CMSPreferredCulture" => 377,
"X-AB" => 378,
"_vwo_uuid_v2" => 379,
"_vwo_uuid" => 380,
"_vis_opt_s" => 381,
"_vis_opt_test_cookie" => 382,
"_vwo_ssm" => 383,
"zc_consent" => 384,
"zc_cu_exp" => 385,
"uesign" => 386,
"wa_ul" => 387,
"wa_lang_pref" => 388,
"has_js" => 389,
"SnapABugUserAlias" => 390,
"SnapABugVisit" => 391,
"yith_wcwl_session_" => 392,
"AlteonP" => 393,
"cookielawinfo-checkbox-necessary" => 394,
"cookielawinfo-checkbox-non-necessary" => 395,
"viewed_cookie_policy" => 396,
"cookielawinfo-checkbox-marketing" => 397,
"cookielawinfo-checkbox-analytics" => 398,
"cookielawinfo-checkbox-performance" => 399,
"cookielawinfo-checkbox-functional" => 400,
"cookielawinfo-checkbox-advertisement" => 401,
"cli_user_preference" => 402,
"cookielawinfo-checkbox-preferences" => 403,
"CookieLawInfoConsent" => 404,
"__sqra" => 405,
"__sqrb" => 406,
"__sqrc" => 407,
"AUTH_SESSION_ID" => 408,
"KC_RESTART" => 409,
"KC_START" => 410,
"KEYCLOAK_IDENTITY" => 411,
"KEYCLOAK_LOCALE" => 412,
"KEYCLOAK_REMEMBER_ME" => 413,
"KC_STATE_CHECKER" => 414,
"KC_AUTH_STATE" => 415,
"AUTH_SESSION_ID_LEGACY" => 416,
"_abck" => 417,
"AKA_A2" => 418,
"ak_bmsc" => 419,
"bm_sv" => 420,
"CraftSessionId" => 421,
"ci_session" => 422,
"__lc_cid" => 423,
"__lc_cst" => 424,
"__lc2_cst" => 425,
"__livechat" => 426,
"CAKEPHP" => 427,
"wp-wpml_current_language" => 428,
"_flowbox" => 429,
"acalltrackersession" => 430,
"excludecalltracking" => 431,
"wordpress_google_apps_login" => 432,
"ckies_functional" => 433,
"ckies_necessary" => 434,
"ckies_performance" => 435,
"ckies_marketing" => 436,
"ClickAndChange" => 437,
"pll_language" => 438,
"browserupdateorg" => 439,
"TawkConnectionTime" => 440,
"__tawkuuid" => 441,
"sqzl_consent" => 442,
"belco-anonymous-id" => 443,
"belco-cookies" => 444,
"BCPermissionLevel" => 445,
"apbct_*" => 446,
"ct_*" => 447,
"spbc_cookies_test" => 448,
"spbc_firewall_pass_key" => 449,
"spbc_is_logged_in" => 450,
"spbc_2fa_passed" => 451,
"spbc_timer" => 452,
"spbc_log_id" => 453,
"auth0" => 454,
"auth0_compat" => 455,
"auth0-mf" => 456,
"auth0-mf_compat" => 457,
"did_compat" => 458,
"__txn_*" => 459,
"ja_purity_tpl" => 460,
"ja_purity_ii_tpl" => 461,
"BIGipServer*" => 462,
"ezds" => 463,
"ezoab_*" => 464,
"ezohw" => 465,
"ezostid_*" => 466,
"ezoawesome_*" => 467,
"easysize_button_loaded_for_user" => 468,
"swym-email" => 469,
"swym-session-id" => 470,
"swym-swymRegid" => 471,
"swym-cu_ct" => 472,
"swym-o_s" => 473,
"swym-instrumentMap" => 474,
"swym-ol_ct" => 475,
"swym-v-ckd" => 476,
"swym-tpermts" => 477,
"swym-u_pref" => 478,
"swym-weml" => 479,
"enforce_policy" => 480,
"x-pp-s" => 481,
"ts" => 482,
"tsrce" => 483,
"nsid" => 484,
"X-PP-SILOVER" => 485,
"X-PP-L7" => 486,
"l7_az" => 487,
"SERVERID" => 488,
"bbuserid" => 489,
"bbpassword" => 490,
"bbcpsessionhash" => 491,
"bbnp_notices_displayed" => 492,
"bbsitebuilder_active" => 493,
"bblastactivity" => 494,
"bblastvisit" => 495,
"wires" => 496,
"wires_challenge" => 497,
"ab.storage.userId.*" => 498,
"ab.optOut" => 499,
"ab._gd" => 500,
"devicePixelRatio" => 501,
"wporg_logged_in" => 502,
"wporg_sec" => 503,
"wporg_locale" => 504,
"welcome-*" => 505,
"showComments" => 506,
"trac_form_token" => 507,
"trac_session" => 508,
"codexToken" => 509,
"codexUserId" => 510,
"wp-saving-post" => 511,
"comment_author_*" => 512,
"comment_author_url_*" => 513,
"wp-postpass_*" => 514,
"wp-settings-time-*" => 515,
"tix_view_token" => 516,
"jetpackState" => 517,
"jpp_math_pass" => 518,
"stnojs" => 519,
"wordpress_logged_in_*" => 520,
"wp_lang" => 521,
"cookiefirst-consent" => 522,
"_iub_cs-*" => 523,
"didomi_token" => 524,
"_global_lucky_opt_out" => 525,
"_lo_np_*" => 526,
"_lo_bn" => 527,
"_lo_cid" => 528,
"axeptio_authorized_vendors" => 529,
"axeptio_cookies" => 530,
"axeptio_all_vendors" => 531,
"borlabs-cookie" => 532,
"osano_consentmanager" => 533,
"osano_consentmanager_expdate" => 534,
"osano_consentmanager_uuid" => 535,
"cookieconsent_status" => 536,
"__cmpconsent*" => 537,
"__cmpiab*" => 538,
"__cmpcvc*" => 539,
"__cmpcpc*" => 540,
"__cmpwel*" => 541,
"__cmpiuid" => 542,
"__cmpccx" => 543,
"__cmpcc" => 544,
"__cmpfcc" => 545,
"__cmpld" => 546,
"__cmpccpausps*" => 547,
"hu-consent" => 548,
"complianz_policy_id" => 549,
"complianz_consent_status" => 550,
"cmplz_marketing" => 551,
"cmplz_statistics" => 552,
"cmplz_preferences" => 553,
"cmplz_functional" => 554,
"cmplz_choice" => 555,
"cmplz_id" => 556,
"cmplz_user_data" => 557,
"cmplz_saved_services" => 558,
"cmplz_consented_services" => 559,
"cmplz_policy_id" => 560,
"cmplz_saved_categories" => 561,
"cmplz_banner-status" => 562,
"cookie_notice_accepted" => 563,
"moove_gdpr_popup" => 564,
"__tlbcpv" => 565,
"__tltpl_*" => 566,
"pubconsent*" => 567,
"st_optout" => 568,
"pxcelAcc3PC" => 569,
"usprivacy*" => 570,
"euconsent*" => 571,
"fpestid" => 572,
"gac_*" => 573,
"gig_canary" => 574,
"gig_canary_ver*" => 575,
"glt_*" => 576,
"gig_last_ver_*" => 577,
"gig_loginToken_*" => 578,
"_gig_shareUI_cb_*" => 579,
"gig_toggles" => 580,
"gig3pc" => 581,
"gig3pctest" => 582,
"glnk" => 583,
"gst" => 584,
"GSLM_*" => 585,
"SAML_*" => 586,
"gltexp_*" => 587,
"ua_*" => 588,
"pmaAuth-*" => 589,
"phpMyAdmin" => 590,
"pmaUser-*" => 591,
"pma_lang" => 592,
"plesk-items-per-page" => 593,
"plek-list-type" => 594,
"plesk-sort-dir" => 595,
"plesk-sort-field" => 596,
"sites-active-list-state-collapsed" => 597,
"lists-state" => 598,
"fe_typo_user" => 599,
"be_typo_user" => 600,
"Typo3InstallTool" => 601,
"be_lastLoginProvider" => 602,
"Datadome" => 603,
"_pbjs_userid_consent_data" => 604,
"fastclick" => 605,
"lhc_per" => 606,
"lhc_ldep" => 607,
"lhc_ses" => 608,
"_ym_debug" => 609,
"_ym_hostIndex" => 610,
"_KMPage*" => 611,
"_KnowledgePageDispatcher*" => 612,
"_KnowledgePageFilter*" => 613,
"_KnowledgePageFilterArticleArticleType*" => 614,
"_KnowledgePageFilterArticlePublishStatus*" => 615,
"_KnowledgePageFilterArticleValidationStatus*" => 616,
"_KnowledgePageFilterLanguage*" => 617,
"_KnowledgePageFilterMyDraftArticleType*" => 618,
"_KnowledgePageFilterMyDraftPublishStatus*" => 619,
"_KnowledgePageFilterMyDraftValidationStatus*" => 620,
"_KnowledgePageSortFieldMyDraft*" => 621,
"_spring_KmMlAnyoneDraftArticlesList*" => 622,
"_spring_KmMlArchivedArticlesList*" => 623,
"_spring_KmMlMyDraftArticlesList*" => 624,
"_spring_KmMlMyDraftTranslationsList*" => 625,
"_spring_KmMlPublishedArticlesList*" => 626,
"_spring_KmMlPublishedTranslationsList*" => 627,
"_sid*" => 628,
"activeView" => 629,
"autocomplete" => 630,
"BAYEAX_BROWSER" => 631,
"caPanelState" => 632,
"renderCtx" => 633,
"force-stream" => 634,
"sfdc-stream" => 635,
"BrowserId_sec" => 636,
"BrowserId" => 637,
"QCQQ" => 638,
"sid_Client" => 639,
"rsid" => 640,
"rsid2" => 641,
"RRetURL" => 642,
"RRetURL2" => 643,
"alohaEpt" => 644,
"clientSrc" => 645,
"CookieConsentPolicy*" => 646,
"cookieSettingVerified" => 647,
"cordovaVersion" => 648,
"cqcid" => 649,
"csssid" => 650,
"csssid_Client" => 651,
"disco" => 652,
"FedAuth" => 653,
"gTalkCollapsed" => 654,
"guest_uuid_essential_*" => 655,
"hideDevelopmentTools" => 656,
"hideFilesWarningModal" => 657,
"ideaToggle" => 658,
"inst" => 659,
"iotcontextsplashdisable" => 660,
"lastlist" => 661,
"liveagent_invite_rejected_" => 662,
"liveagent_sid" => 663,
"lloopch_loid" => 664,
"login" => 665,
"pc-unit" => 666,
"PreferredLanguage" => 667,
"redirectionWarning" => 668,
"schgtclose" => 669,
"sfdc_lv2" => 670,
"showNewBuilderWarningMessage" => 671,
"sidebarPinned" => 672,
"ssostartpage" => 673,
"SUCSP" => 674,
"SUPRM" => 675,
"t" => 676,
"useStandbyUrl" => 677,
"waveUserPrefFinderLeftNav" => 678,
"waveUserPrefFinderListView" => 679,
"WelcomePanel" => 680,
"SetupDomainProbePassed" => 681,
"cookieyesID" => 682,
"cky-consent" => 683,
"cookieyes-necessary" => 684,
"cookieyes-functional" => 685,
"cookieyes-analytics" => 686,
"cookieyes-advertisement" => 687,
"cookieyes_privacy_policy_generator_session" => 688,
"cky-action" => 689,
"cookieyes-performance" => 690,
"cookieyes-consent" => 691,
"JSESSIONID*" => 692,
"SSLB" => 693,
"SSPV" => 694,
"SSRT" => 695,
"SSSC" => 696,
"ep201" => 697,
"ep202" => 698,
"RP_*" => 699,
"sso_user" => 700,
"CX_*" => 701,
"P_*" => 702,
"sm_ir" => 703,
"RE_*" => 704,
"REPID_*" => 705,
"xf_consent" => 706,
"xf_dbWriteForced" => 707,
"xf_inline_mod_*" => 708,
"xf_language_id" => 709,
"xf_ls" => 710,
"xf_notice_dismiss" => 711,
"xf_push_notice_dismiss" => 712,
"xf_push_subscription_updated" => 713,
"xf_session" => 714,
"xf_style_id" => 715,
"xf_toggle" => 716,
"xf_user" => 717,
"xf_emoji_usage" => 718,
"xf_from_search" => 719,
"rack.session" => 720,
"xbc" => 721,
"__tbc" => 722,
"__pls" => 723,
"__tac" => 724,
"pnespsdk_ssn" => 725,
"__utp" => 726,
"__pil" => 727,
"__pid" => 728,
"__idr" => 729,
"__eea" => 730,
"__code" => 731,
"__bid" => 732,
"__ut" => 733,
"LANG" => 734,
"LANG_CHANGED" => 735,
"_pctx" => 736,
"_pprv" => 737,
"_pcid" => 738,
"COOKIELAW_ADS" => 739,
"COOKIELAW_SOCIAL" => 740,
"COOKIELAW_STATS" => 741,
"COOKIELAW" => 742,
"CookieControl" => 743,
"HACIVICLB" => 744,
"HACIVIC" => 745,
"HAAPPLB" => 746,
"NSC_*" => 747,
"loginnotify_prevlogins" => 748,
"_vf_rd_test*" => 749,
"VfSess" => 750,
"VfRefresh" => 751,
"VfAccess*" => 752,
"vfThirdpartyCookiesEnabled" => 753,
"connect.sid" => 754,
"_zendesk_cookie" => 755,
"zte2095" => 756,
"__zlcmid" => 757,
"_answer_bot_service_session" => 758,
"ZD-zE_oauth" => 759,
"_zendesk_session" => 760,
"zendesk_thirdparty_test" => 761,
"_zendesk_shared_session" => 762,
"_zendesk_authenticated" => 763,
"_help_center_session" => 764,
"help_center_data" => 765,
"_zendesk_nps_session" => 766,
"ZD-settings" => 767,
"ZD-store" => 768,
"ZD-widgetOpen" => 769,
"ZD-launcherLabelRemoved" => 770,
"_zdsession_talk_embeddables_service" => 771,
"RT" => 772,
"api_token" => 773,
"unique_id" => 774,
"unique_id_durable" => 775,
"session_unique_id" => 776,
"server_session_id" => 777,
"twitch.lohp.countryCode" => 778,
"auth-token" => 779,
"enable-compact-scene-listing" => 780,
"videoChat.notice_dismissed" => 781,
"chat_rules_shown" => 782,
"device_id" => 783,
"referrer_url" => 784,
"sentry_device_id" => 785,
"session_storage_last_visited_twitch_url" => 786,
"local_storage_app_session_id" => 787,
"ce_login" => 788,
"ce_signup_flow" => 789,
"ceac" => 790,
"cean" => 791,
"celi" => 792,
"cean_assoc" => 793,
"first_snapshot_url" => 794,
"sharing_*" => 795,
"ce_sid" => 796,
"cecu" => 797,
"TiPMix" => 798,
"x-ms-routing-name" => 799,
"_distillery" => 800,
"muxData" => 801,
"wistia-http2-push-disabled" => 802,
"wistia" => 803,
"wistia-video-progress-*" => 804,
"DYID" => 805,
"_dyid" => 806,
"_dyid_server" => 807,
"DYSES" => 808,
"_dyjsession" => 809,
"_dycnst" => 810,
"_dy_lu_ses" => 811,
"_dy_ses_load_seq" => 812,
"_dy_soct" => 813,
"_dy_toffset" => 814,
"dy_fs_page" => 815,
"mid" => 816,
"_parsely_visitor" => 817,
"_parsely_tpa_blocked" => 818,
"_parsely_slot_click" => 819,
"test" => 820,
"__editor_layout" => 821,
"codepen_session" => 822,
"codepen_signup_referrer" => 823,
"codepen_signup_referrer_date" => 824,
"app_manifest_token" => 825,
"color_mode" => 826,
"_device_id" => 827,
"dotcom_user" => 828,
"enterprise_trial_redirect_to" => 829,
"fileTreeExpanded" => 830,
"ghcc" => 831,
"_gh_ent" => 832,
"_gh_sess" => 833,
"gist_user_session" => 834,
"__Host-gist_user_session_same_site" => 835,
"__Host-user_session_same_site" => 836,
"marketplace_repository_ids" => 837,
"marketplace_suggested_target_id" => 838,
"org_transform_notice" => 839,
"private_mode_user_session" => 840,
"saml_return_to" => 841,
"saml_return_to_legacy" => 842,
"show_cookie_banner" => 843,
"tz" => 844,
"_conv_r" => 845,
"_conv_s" => 846,
"_conv_v" => 847,
"QSI_S_*" => 848,
"QST" => 849,
"QSI_CT" => 850,
"QSI_DATA" => 851,
"QSI_ReplaySession_Throttled_*" => 852,
"QSI_ReplaySession_SampledOut_*" => 853,
"_form_fields" => 854,
"NEXT_LOCALE" => 855,
"b925d32c" => 856,
"ssoCSRFCookie" => 857,
"p23mn32t" => 858,
"iu2g34bw" => 859,
"a69k21bb" => 860,
"cgq80xhu" => 861,
"72ddbc27" => 862,
"kj76fg4h" => 863,
"tc_test_cookie" => 864,
"TCIPD" => 865,
"TC_PRIVACY" => 866,
"TC_PRIVACY_CENTER" => 867,
"TC_OUTPUT_categories" => 868,
"tc_sample_" => 869,
"TC_CHECK_COOKIES_SUPPORT" => 870,
"DLBCTLYOXA" => 871,
"FDLBFIRSTAPI" => 872,
"FDLBFIRSTDATA" => 873,
"FDLBFIRSTCAMPAIGN" => 874,
"FDLBFIRSTCAMPAIGNEF" => 875,
"FDLBCAMPAIGNCDOM" => 876,
"FDLBFIRSTTMS" => 877,
"FDLBFIRSTCMP" => 878,
"FDLBFIRST" => 879,
"FDLBCTLY" => 880,
"FDLBFIRSTEVENTS" => 881,
"tc_caids" => 882,
"tc_ss*" => 883,
"pxid" => 884,
"permutive-id" => 885,
"tf_respondent_cc" => 886,
"privacypillar-google-consent" => 887,
"privacypillar-cookie-consent" => 888,
"_rp_uid" => 889,
"aw_popup_viewed_page" => 890,
"__Secure-next-auth.callback-url" => 891,
"__Host-next-auth.csrf-token" => 892,
"cookies-analytics" => 893,
"cookies-marketing" => 894,
"cookies-preferences" => 895,
"__next_*" => 896,
"drift_*" => 897,
"tawk_*" => 898,
"lc_*" => 899,
"td" => 900,
"_ga" => 901,
"_gali" => 902,
"_ga_*" => 903,
"_gid" => 904,
"_gat*" => 905,
"_dc_gtm_*" => 906,
"_gat_gtag_*" => 907,
"__utma" => 908,
"__utmt" => 909,
"__utmb" => 910,
"__utmc" => 911,
"__utmz" => 912,
"__utmv" => 913,
"__utmx" => 914,
"__utmxx" => 915,
"FPLC" => 916,
"_opt_awkid" => 917,
"_opt_awgid" => 918,
"_gaexp_rc" => 919,
"_opt_awcid" => 920,
"_opt_expid" => 921,
"FCCDCF" => 922,
"FCNEC" => 923,
"S1" => 924,
"C1" => 925,
"s_cc" => 926,
"s_sq" => 927,
"s_vi*" => 928,
"s_fid" => 929,
"fid" => 930,
"s_ppv" => 931,
"s_tp" => 932,
"_clsk" => 933,
"SM" => 934,
"CLID" => 935,
"MicrosoftApplicationsTelemetryDeviceId" => 936,
"X-FD-FEATURES*" => 937,
"__insp_pad" => 938,
"__insp_sid" => 939,
"__insp_ref" => 940,
"__insp_scpt" => 941,
"__insp_nv" => 942,
"__insp_wid" => 943,
"__insp_uid" => 944,
"__insp_dct" => 945,
"__insp_norec_sess" => 946,
"__insp_slim" => 947,
"__insp_targlpt" => 948,
"__insp_targlpu" => 949,
"ctkgen" => 950,
"jasx_pool_id" => 951,
"_hjid" => 952,
"hj_visitor" => 953,
"_hjIncludedInSample" => 954,
"_hjClosedSurveyInvites" => 955,
"_hjDonePolls" => 956,
"_hjMinimizedPolls" => 957,
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
"pbw" => 979,
"abLdr" => 980,
"abMbl" => 981,
"tb_click_param" => 982,
"picreel_tracker__visited" => 983,
"picreel_tracker__first_visit" => 984,
"picreel_tracker__page_views" => 985,
"picreel_new_price" => 986,
"ajs_user_id" => 987,
"ajs_anonymous_id" => 988,
"ajs_group_id" => 989,
"__asc" => 990,
"_pk_id*" => 991,
"_pk_ref*" => 992,
"_pk_ses*" => 993,
"_pk_cvar" => 994,
"_pk_hsr*" => 995,
"_pk_testcookie*" => 996,
"mtm_consent" => 997,
"mtm_consent_removed" => 998,
"mtm_cookie_consent" => 999,
"matomo_ignore" => 1000,
"matomo_sessid" => 1001,
"_wepublishGa" => 1002,
"_wepublishGa_gid" => 1003,
"_y" => 1004,
"tracked_start_checkout" => 1005,
"ki_r" => 1006,
"ki_t" => 1007,
"_Brochure_session" => 1008,
"shop_analytics" => 1009,
"vuid" => 1010,
"sd_identity" => 1011,
"sd_client_id" => 1012,
"sbjs_session" => 1013,
"sbjs_udata" => 1014,
"sbjs_first" => 1015,
"sbjs_current" => 1016,
"sbjs_first_add" => 1017,
"sbjs_current_add" => 1018,
"sbjs_migrations" => 1019,
"usersync" => 1020,
"pses" => 1021,
"CMSUserPage" => 1022,
"CurrentContact" => 1023,
"VisitorStatus" => 1024,
"_vwo_sn" => 1025,
"_vwo_referrer" => 1026,
"stg_traffic_source_priority" => 1027,
"stg_last_interaction" => 1028,
"stg_returning_visitor" => 1029,
"stg_externalReferrer" => 1030,
"_pk_id.*" => 1031,
"_pk_ses.*" => 1032,
"ppms_privacy_*" => 1033,
"ppms_privacy_bar_*" => 1034,
"stg_fired__*" => 1035,
"stg_utm_campaign" => 1036,
"stg_pk_campaign" => 1037,
"nmstat" => 1038,
"sp" => 1039,
"_sp_id.*" => 1040,
"_sp_ses.*" => 1041,
"BVBRANDID" => 1042,
"BVBRANDSID" => 1043,
"tawkUUID" => 1044,
"ABTasty" => 1045,
"Pastease.passive.activated*" => 1046,
"Pastease.passive.chance*" => 1047,
"ahoy_visit" => 1048,
"ahoy_visitor" => 1049,
"atidvisitor" => 1050,
"atuserid" => 1051,
"ezoadgid_*" => 1052,
"ezopvc_*" => 1053,
"ezoref_*" => 1054,
"ezouid_*" => 1055,
"ezovuuid_*" => 1056,
"ezovuuidtime_*" => 1057,
"ezux_et_*" => 1058,
"ezux_ifep_*" => 1059,
"ezux_lpl_*" => 1060,
"ezux_tos_*" => 1061,
"ab.storage.sessionId.*" => 1062,
"ab.storage.deviceId.*" => 1063,
"tk_qs" => 1064,
"tk_r3d" => 1065,
"tk_tc" => 1066,
"camptix_client_stats" => 1067,
"_lo_uid" => 1068,
"_lo_v" => 1069,
"__lotl" => 1070,
"__lotr" => 1071,
"__stid" => 1072,
"pxcelBcnLcy" => 1073,
"pxcelPage*" => 1074,
"mc_eid" => 1075,
"mc_landing_site" => 1076,
"adhese2" => 1077,
"_chartbeat*" => 1078,
"_SUPERFLY_nosample" => 1079,
"_ym_metrika_enabled" => 1080,
"_ym_isad" => 1081,
"_ym_uid" => 1082,
"_ym_d" => 1083,
"_ym_visorc_*" => 1084,
"yandexuid" => 1085,
"yuidss" => 1086,
"ymex" => 1087,
"usst" => 1088,
"is_gdpr_b" => 1089,
"is_gdpr" => 1090,
"yabs-vdrf" => 1091,
"bh" => 1092,
"_yasc" => 1093,
"auraBrokenDefGraph" => 1094,
"calViewState" => 1095,
"pctrk" => 1096,
"pi_opt_in" => 1097,
"pa_user" => 1098,
"cX_P" => 1099,
"pnespsdk_visitor" => 1100,
"__pvi" => 1101,
"__pat" => 1102,
"DotMetrics.SessionCookieTemp" => 1103,
"DotMetrics.UniqueUserIdentityCookie" => 1104,
"DotMetrics.DeviceKey" => 1105,
"DotMetrics.SessionCookieTempTimed" => 1106,
"__gfp_s_64b" => 1107,
"Gdyn" => 1108,
"dm_timezone_offset" => 1109,
"dm_total_visits" => 1110,
"dm_last_page_view" => 1111,
"dm_this_page_view" => 1112,
"intercom-id-*" => 1113,
"intercom-session-*" => 1114,
"mp_*" => 1115,
"client_bslstaid" => 1116,
"client_bslstmatch" => 1117,
"client_bslstsid" => 1118,
"client_bslstuid" => 1119,
"WMF-Last-Access" => 1120,
"centralnotice_bucket" => 1121,
"GeoIP" => 1122,
"NetWorkProbeLimit" => 1123,
"ablyft_exps" => 1124,
"ablyft_queue" => 1125,
"ablyft_uvs" => 1126,
"ablyft_tracking_consent" => 1127,
"_bit" => 1128,
"yieldmo_id" => 1129,
"_vfa" => 1130,
"_vfb" => 1131,
"_vfz" => 1132,
"_ut*" => 1133,
"_s*" => 1134,
"_lv*" => 1135,
"_nrbi" => 1136,
"compass_sid" => 1137,
"compass_uid" => 1138,
"___m_rec" => 1139,
"_zdshared_user_session_analytics" => 1140,
"ZD-buid" => 1141,
"TATravelInfo" => 1142,
"TAUnique" => 1143,
"TAReturnTo" => 1144,
"_ceir" => 1145,
"_CEFT" => 1146,
"_cer.v" => 1147,
"_ce.s" => 1148,
"_ce.cch" => 1149,
"_ce.gtld" => 1150,
"cebs" => 1151,
"cebsp_" => 1152,
"_ce.clock_event" => 1153,
"_ce.clock_data" => 1154,
"_ce.irv" => 1155,
"ceft_variant_override" => 1156,
"_dy_csc_ses" => 1157,
"_dy_df_geo" => 1158,
"_dy_geo" => 1159,
"_dycst" => 1160,
"rl_user_id" => 1161,
"rl_trait" => 1162,
"rl_anonymous_id" => 1163,
"rl_group_id" => 1164,
"rl_group_trait" => 1165,
"rl_page_init_referrer" => 1166,
"test_rudder_cookie" => 1167,
"rl_session" => 1168,
"rl_auth_token" => 1169,
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
"_cs_optout" => 1184,
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
"_hp5_event_props.*" => 1195,
"_hp5_meta.*" => 1196,
"_cs_mk_aa" => 1197,
"_cs_tld*" => 1198,
"_octo" => 1199,
"AMP_*" => 1200,
"AMP_MKTG_*" => 1201,
"amplitude_cookie_test" => 1202,
"amplitude_id_*" => 1203,
"amplitude_test*" => 1204,
"QSI_HistorySession" => 1205,
"QSI_OptInIDsAndWindowNames" => 1206,
"QSI_OptInIDsAndTargetOrigins" => 1207,
"SiteReferrer" => 1208,
"PageReferrer" => 1209,
"SearchTerm" => 1210,
"FocusTime" => 1211,
"ActionSetHistory" => 1212,
"SISessID" => 1213,
"CPSessID" => 1214,
"QSI_ReplaySession_Info_*" => 1215,
"QSI_TestSessions_*" => 1216,
"QSI_SI_*" => 1217,
"c-referrer" => 1218,
"c-signup" => 1219,
"c-plan" => 1220,
"cognito.services.a" => 1221,
"cognito.organization" => 1222,
"dtCookie*" => 1223,
"dtLatC*" => 1224,
"dtPC*" => 1225,
"dtSa" => 1226,
"dtValidationCookie" => 1227,
"dtDisabled" => 1228,
"rxvt" => 1229,
"TCAUDIENCE" => 1230,
"_hp2_id" => 1231,
"_hp2_ses_props" => 1232,
"Hm_lvt_" => 1233,
"HMACCOUNT" => 1234,
"plausible_*" => 1235,
"_fathom*" => 1236,
"umami.*" => 1237,
"_gac_*" => 1238,
"FPAU" => 1239,
"Conversion" => 1240,
"_gcl_aw" => 1241,
"_gcl_gs" => 1242,
"_gcl_gb" => 1243,
"_gac_gb_*" => 1244,
"FPGCLGB" => 1245,
"FPGCLAW" => 1246,
"ADS_VISITOR_ID" => 1247,
"__Secure-3PSIDCC" => 1248,
"__Secure-3PSIDTS" => 1249,
"__Secure-1PSIDTS" => 1250,
"__Secure-1PAPISID" => 1251,
"__Secure-3PSID" => 1252,
"__Secure-1PSID" => 1253,
"__Secure-1PSIDCC" => 1254,
"__Secure-3PAPISID" => 1255,
"PAIDCONTENT" => 1256,
"_gcl_ha" => 1257,
"_gcl_gf" => 1258,
"__gsas" => 1259,
"__gpi_optout" => 1260,
"GED_PLAYLIST_ACTIVITY" => 1261,
"ACLK_DATA" => 1262,
"AdID" => 1263,
"DSID" => 1264,
"gcl" => 1265,
"AID" => 1266,
"SID" => 1267,
"HSID" => 1268,
"APISID" => 1269,
"SAPISID" => 1270,
"SSID" => 1271,
"SIDCC" => 1272,
"OTZ" => 1273,
"A" => 1274,
"DV" => 1275,
"NID" => 1276,
"TAID" => 1277,
"_gcl_au" => 1278,
"_gcl_dc" => 1279,
"_dcid" => 1280,
"SNID" => 1281,
"cookies_accepted" => 1282,
"OSID" => 1283,
"__Secure-OSID" => 1284,
"LSID" => 1285,
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
"dextp" => 1299,
"dst" => 1300,
"_dp" => 1301,
"aam_uuid" => 1302,
"AMCV_*" => 1303,
"AMCVS_*" => 1304,
"mbox" => 1305,
"dpm" => 1306,
"TPC" => 1307,
"C" => 1308,
"uid" => 1309,
"cid" => 1310,
"CM" => 1311,
"CM14" => 1312,
"token" => 1313,
"otsid" => 1314,
"adtrc" => 1315,
"SR*" => 1316,
"EBFCD*" => 1317,
"EBFC*" => 1318,
"CFFC*" => 1319,
"DigiTrust.v1.identity" => 1320,
"adformfrpid" => 1321,
"lu" => 1322,
"xs" => 1323,
"c_user" => 1324,
"m_user" => 1325,
"dbln" => 1326,
"aks" => 1327,
"aksb" => 1328,
"sfau" => 1329,
"ick" => 1330,
"csm" => 1331,
"s" => 1332,
"datr" => 1333,
"sb" => 1334,
"fr" => 1335,
"oo" => 1336,
"ddid" => 1337,
"_fbp" => 1338,
"_fbc" => 1339,
"js_ver" => 1340,
"rc" => 1341,
"campaign_click_url" => 1342,
"usida" => 1343,
"fl_inst" => 1344,
"pvc2" => 1345,
"pcc2" => 1346,
"tuuid" => 1347,
"ad2" => 1348,
"MR" => 1349,
"MUID" => 1350,
"MUIDB" => 1351,
"MC1" => 1352,
"MSFPC" => 1353,
"_uetsid" => 1354,
"_uetvid" => 1355,
"ANON" => 1356,
"ANONCHK" => 1357,
"CC" => 1358,
"NAP" => 1359,
"MH" => 1360,
"childinfo" => 1361,
"kcdob" => 1362,
"kcru" => 1363,
"pcfm" => 1364,
"ToptOut" => 1365,
"ACH01" => 1366,
"_RwBf" => 1367,
"_HPVN" => 1368,
"_UR" => 1369,
"OID" => 1370,
"OIDI" => 1371,
"BCP" => 1372,
"BFBUSR" => 1373,
"BFB" => 1374,
"ACL" => 1375,
"ACLUSR" => 1376,
"MSPTC" => 1377,
"_u" => 1378,
"guest_id" => 1379,
"personalization_id" => 1380,
"ct0" => 1381,
"gt" => 1382,
"guest_id_marketing" => 1383,
"guest_id_ads" => 1384,
"muc_ads" => 1385,
"ads_prefs" => 1386,
"auth_token" => 1387,
"dnt" => 1388,
"eu_cn" => 1389,
"external_referer" => 1390,
"kdt" => 1391,
"remember_checked_on" => 1392,
"rweb_optin" => 1393,
"syndication_guest_id" => 1394,
"tfw_exp" => 1395,
"ccec_user" => 1396,
"GPS" => 1397,
"VISITOR_INFO1_LIVE" => 1398,
"VISITOR_PRIVACY_METADATA" => 1399,
"__Secure-ROLLOUT_TOKEN" => 1400,
"__adm_uiex" => 1401,
"__adm_usyncc" => 1402,
"uids" => 1403,
"__uin_bw" => 1404,
"__uir_bw" => 1405,
"__uis" => 1406,
"HAPLB5S" => 1407,
"__uin_mm" => 1408,
"__uir_mm" => 1409,
"HAPLB8*" => 1410,
"__uir_rh" => 1411,
"HAPLB3A" => 1412,
"_dbefe" => 1413,
"ac_enable_tracking" => 1414,
"prism_*" => 1415,
"lidc" => 1416,
"bcookie" => 1417,
"bscookie" => 1418,
"trkCode" => 1419,
"li_oatml" => 1420,
"liap" => 1421,
"lissc" => 1422,
"spectroscopyId" => 1423,
"UserMatchHistory" => 1424,
"li_sugr" => 1425,
"lms_ads" => 1426,
"_guid" => 1427,
"BizographicsOptOut" => 1428,
"IRLD" => 1429,
"ABSELB" => 1430,
"brwsr" => 1431,
"ad-privacy" => 1432,
"__trf.src" => 1433,
"CMID" => 1434,
"CMPRO" => 1435,
"CMPS" => 1436,
"CMRUM3" => 1437,
"CMST" => 1438,
"cookieJartestCookie" => 1439,
"obuid" => 1440,
"apnxs" => 1441,
"criteo" => 1442,
"mdfrc" => 1443,
"adrl" => 1444,
"recs" => 1445,
"bdswch" => 1446,
"opout" => 1447,
"recs-*" => 1448,
"ref-" => 1449,
"outbrain_dicbo_id" => 1450,
"unifiedPixel" => 1451,
"dicbo_id" => 1452,
"jpxumaster" => 1453,
"jpxumatched" => 1454,
"PUBMDCID" => 1455,
"pp" => 1456,
"SPugT" => 1457,
"KADUSERCOOKIE" => 1458,
"PUBRETARGET" => 1459,
"KCCH" => 1460,
"SyncRTB*" => 1461,
"DPSync*" => 1462,
"PugT" => 1463,
"KRTBCOOKIE_*" => 1464,
"USCC" => 1465,
"DPPIX_ON" => 1466,
"SYNCUPPIX_ON" => 1467,
"camfreq_*" => 1468,
"pubfreq_*" => 1469,
"DPFQ" => 1470,
"pi" => 1471,
"id5" => 1472,
"cip" => 1473,
"car" => 1474,
"cnac" => 1475,
"cf" => 1476,
"3pi" => 1477,
"UIDR" => 1478,
"UID" => 1479,
"PID" => 1480,
"XID" => 1481,
"SEUNCY" => 1482,
"ljt_reader" => 1483,
"rek_content" => 1484,
"um" => 1485,
"BSWtracker" => 1486,
"_rxuuid" => 1487,
"AA003" => 1488,
"ATN" => 1489,
"tt_viewer" => 1490,
"tt_bluekai" => 1491,
"tt_exelate" => 1492,
"tt_liveramp" => 1493,
"tt_neustar" => 1494,
"tt_salesforce" => 1495,
"um2" => 1496,
"tuuid_lu" => 1497,
"uu" => 1498,
"cct" => 1499,
"tu" => 1500,
"betweendigital.com" => 1501,
"st_csd" => 1502,
"st_cs" => 1503,
"st_uid" => 1504,
"st_cnt" => 1505,
"st_chc" => 1506,
"cnfq" => 1507,
"lcsrc" => 1508,
"gid" => 1509,
"csfq" => 1510,
"partner-*" => 1511,
"Comp" => 1512,
"Pwb" => 1513,
"sasd" => 1514,
"sasd2" => 1515,
"csync" => 1516,
"TestIfCookieP" => 1517,
"pid" => 1518,
"lcsrd" => 1519,
"unruly_m*" => 1520,
"lidid" => 1521,
"_li_ss" => 1522,
"tluid" => 1523,
"tluidp" => 1524,
"optout" => 1525,
"sync" => 1526,
"taboola_session_id" => 1527,
"_tb_t_ppg" => 1528,
"i" => 1529,
"univ_id" => 1530,
"OAID" => 1531,
"OAGEO*" => 1532,
"DG_HID" => 1533,
"DG_IID" => 1534,
"DG_SID" => 1535,
"DG_UID" => 1536,
"DG_ZID" => 1537,
"DG_ZUID" => 1538,
"advst_uid_11" => 1539,
"DISPATCHER" => 1540,
"DSP_UID" => 1541,
"_cc_aud" => 1542,
"_cc_cc" => 1543,
"_cc_id" => 1544,
"panoramaId" => 1545,
"panoramaId_expiry_exp" => 1546,
"_cc_domain" => 1547,
"_cc_dc" => 1548,
"ab" => 1549,
"bkdc" => 1550,
"bku" => 1551,
"bkpa" => 1552,
"everest_g_v2" => 1553,
"everest_session_v2" => 1554,
"ev_tm" => 1555,
"_tmae" => 1556,
"_lcc" => 1557,
"ev_sync_ax" => 1558,
"ev_sync_dd" => 1559,
"ev_sync_fs" => 1560,
"ev_sync_ix" => 1561,
"ev_sync_nx" => 1562,
"ev_sync_ox" => 1563,
"ev_sync_pm" => 1564,
"ev_sync_rc" => 1565,
"ev_sync_tm" => 1566,
"ev_sync_yh" => 1567,
"adcloud" => 1568,
"id_adcloud" => 1569,
"mt_misc" => 1570,
"uuidc" => 1571,
"pl_user_id" => 1572,
"pxrc" => 1573,
"rlas3" => 1574,
"TapAd_DID" => 1575,
"TapAd_TS" => 1576,
"TapAd_3WAY_SYNCS" => 1577,
"TDCPM" => 1578,
"TDID" => 1579,
"uid-bp-*" => 1580,
"MRM_UID" => 1581,
"zc" => 1582,
"zi" => 1583,
"idp" => 1584,
"zuc" => 1585,
"amplitude_id*" => 1586,
"am-uid" => 1587,
"_ljtrtb_*" => 1588,
"ljtrtb" => 1589,
"uuid" => 1590,
"_pinterest_ct_ua" => 1591,
"sessionFunnelEventLogged" => 1592,
"_routing_id" => 1593,
"_derived_epik" => 1594,
"_pinterest_ct" => 1595,
"_pinterest_ct_rt" => 1596,
"_epik" => 1597,
"_mb" => 1598,
"koitk" => 1599,
"__ss_referrer" => 1600,
"__ss_tk" => 1601,
"__ss" => 1602,
"datatrics_optin" => 1603,
"datatricsDebugger" => 1604,
"_mkto_trk" => 1605,
"optimizelyEndUserId" => 1606,
"optimizelyDomainTestCookie" => 1607,
"optimizelyOptOut" => 1608,
"app_ts" => 1609,
"viewer" => 1610,
"spx_ts" => 1611,
"adx_ts" => 1612,
"id_ts" => 1613,
"svSession" => 1614,
"_tracking_consent" => 1615,
"_landing_page" => 1616,
"_orig_referrer" => 1617,
"__hstc" => 1618,
"hubspotutk" => 1619,
"__hssc" => 1620,
"__hssrc" => 1621,
"messagesUtk" => 1622,
"hubspotapi" => 1623,
"edgebucket" => 1624,
"initref" => 1625,
"anj" => 1626,
"uuid2" => 1627,
"icu" => 1628,
"XANDR_PANID" => 1629,
"sc_at" => 1630,
"sc-a-nonce" => 1631,
"zc_show" => 1632,
"zc_loc" => 1633,
"pa_rubicon_ts" => 1634,
"pa_twitter_ts" => 1635,
"pa_yahoo_ts" => 1636,
"pa_openx_ts" => 1637,
"pa_uid" => 1638,
"mailmunch_second_pageview" => 1639,
"_mailmunch_visitor_id" => 1640,
"tPHG-PS" => 1641,
"digitalAudience" => 1642,
"_omappvs" => 1643,
"_omappvp" => 1644,
"_lfa" => 1645,
"SnapABugRef" => 1646,
"audience" => 1647,
"A3" => 1648,
"APID" => 1649,
"APIDTS" => 1650,
"IDSYNC" => 1651,
"A1" => 1652,
"A1S" => 1653,
"cmp" => 1654,
"adsrcvw1" => 1655,
"migrated2y" => 1656,
"OTH" => 1657,
"rtbData0" => 1658,
"rxx" => 1659,
"tearsheet" => 1660,
"unique_ad_source_impression" => 1661,
"axids" => 1662,
"GUC" => 1663,
"trc_cookie_storage" => 1664,
"tbla_id" => 1665,
"cref" => 1666,
"mc" => 1667,
"d" => 1668,
"__qca" => 1669,
"iutk" => 1670,
"BVID" => 1671,
"BVSID" => 1672,
"_li_id*" => 1673,
"_li_ses*" => 1674,
"acalltracker" => 1675,
"acalltrackernumber" => 1676,
"stx_user_id" => 1677,
"dc" => 1678,
"sqzl_abs" => 1679,
"sqzl_session_id" => 1680,
"sqzl_vw" => 1681,
"sqzllocal" => 1682,
"BCSessionID" => 1683,
"BCTempID" => 1684,
"BCReferrerOverrule" => 1685,
"BCRefusedObjectives" => 1686,
"BCRevision" => 1687,
"BCTracking" => 1688,
"bc_tstgrp" => 1689,
"__adal_ca" => 1690,
"__adal_cw" => 1691,
"__adal_id" => 1692,
"__adal_ses" => 1693,
"matchadform" => 1694,
"wfivefivec" => 1695,
"UserID1" => 1696,
"__kla_id" => 1697,
"_tt_enable_cookie" => 1698,
"_ttp" => 1699,
"MONITOR_WEB_ID" => 1700,
"msToken" => 1701,
"ttwid" => 1702,
"ttcsid*" => 1703,
"ezosuigeneris*" => 1704,
"ezosuibasgeneris-1" => 1705,
"v_usr" => 1706,
"idsync-bsw-uid-s" => 1707,
"done_redirects*" => 1708,
"vidoomy-uids" => 1709,
"viewer_token" => 1710,
"tk_or" => 1711,
"__stidv" => 1712,
"khaos" => 1713,
"audit" => 1714,
"put_*" => 1715,
"rpb" => 1716,
"rpx" => 1717,
"c" => 1718,
"khaos_p" => 1719,
"tv_U*" => 1720,
"tvid" => 1721,
"apiDomain_*" => 1722,
"gig_bootstrap_*" => 1723,
"gig_hasGmid" => 1724,
"_gigRefUid_*" => 1725,
"gmid" => 1726,
"hasGmid" => 1727,
"_gig_*" => 1728,
"ucid" => 1729,
"ozone_uid" => 1730,
"_BEAMER_FIRST_VISIT_*" => 1731,
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
"_cioid" => 1744,
"_cioanonid" => 1745,
"cioFT" => 1746,
"cioLT" => 1747,
"TXCSDMN_*" => 1748,
"TXCD" => 1749,
"rai-pltn-pl-*" => 1750,
"avcid-*" => 1751,
"pdid" => 1752,
"data-*" => 1753,
"visitor-id" => 1754,
"gdpr_status" => 1755,
"mnet_session_depth" => 1756,
"cjae" => 1757,
"DotomiStatus" => 1758,
"DotomiSync" => 1759,
"dtm_token" => 1760,
"dtm_token_exp" => 1761,
"dtm_tcdata" => 1762,
"dtm_tcdata_exp" => 1763,
"dtm_token_sc" => 1764,
"dtm_user_id" => 1765,
"dtm_user_id_sc" => 1766,
"dtm_gdpr_delete" => 1767,
"pluto2" => 1768,
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
"i00" => 1788,
"_pcus" => 1789,
"cX_G" => 1790,
"gckp" => 1791,
"pnespsdk_pnespid" => 1792,
"ki_s" => 1793,
"ki_u" => 1794,
"opt_out" => 1795,
"visitor" => 1796,
"lkqdid" => 1797,
"lkqdidts" => 1798,
"33x_ps" => 1799,
"vglnk.Agent.p" => 1800,
"vglnk.PartnerRfsh.p" => 1801,
"deuxesse_uxid" => 1802,
"pid_short" => 1803,
"pid_signature" => 1804,
"ep" => 1805,
"_pangle" => 1806,
"u" => 1807,
"bitoIsSecure" => 1808,
"bito" => 1809,
"auid" => 1810,
"aum" => 1811,
"_d2id" => 1812,
"edsid" => 1813,
"aniC" => 1814,
"version" => 1815,
"mics_vid" => 1816,
"mics_uaid" => 1817,
"mics_lts" => 1818,
"n360_thirtythreeacross" => 1819,
"n360-thirtythreeacross" => 1820,
"n360_appnexus" => 1821,
"n360-appnexus" => 1822,
"n360_bliink" => 1823,
"n360-bliink" => 1824,
"n360_amx" => 1825,
"n360_adform" => 1826,
"n360-adform" => 1827,
"n360_adnuntius" => 1828,
"n360-adnuntius" => 1829,
"n360_adot" => 1830,
"n360-adot" => 1831,
"n360_adyoulike" => 1832,
"n360-adyoulike" => 1833,
"n360_connectad" => 1834,
"n360-connectad" => 1835,
"n360_conversant" => 1836,
"n360_cwire" => 1837,
"n360-cwire" => 1838,
"n360_firstid" => 1839,
"n360-firstid" => 1840,
"n360_freewheel" => 1841,
"n360-freewheel" => 1842,
"n360_fueldigitalmedia" => 1843,
"n360-fueldigitalmedia" => 1844,
"n360_fueldigitalix" => 1845,
"n360-fueldigitalix" => 1846,
"n360_fueldigital" => 1847,
"n360-fueldigital" => 1848,
"n360-gingerad" => 1849,
"n360_goodad" => 1850,
"n360-goodad" => 1851,
"n360_gravity" => 1852,
"n360-gravity" => 1853,
"n360_groupm" => 1854,
"n360-groupm" => 1855,
"n360_improve" => 1856,
"n360-improve" => 1857,
"n360_ix" => 1858,
"n360-ix" => 1859,
"n360-medianet" => 1860,
"n360_moneytag" => 1861,
"n360-moneytag" => 1862,
"n360_nextmillennium" => 1863,
"n360-nextmillennium" => 1864,
"n360_onetag" => 1865,
"n360-onetag" => 1866,
"n360_openx" => 1867,
"n360-openx" => 1868,
"n360_outbrain" => 1869,
"n360-outbrain" => 1870,
"n360_plista" => 1871,
"n360_pubmatic" => 1872,
"n360-pubmatic" => 1873,
"n360_pulsepoint" => 1874,
"n360-pulsepoint" => 1875,
"n360_quantum" => 1876,
"n360-quantum" => 1877,
"n360_richaudience" => 1878,
"n360-richaudience" => 1879,
"n360_rtbhouse" => 1880,
"n360-rtbhouse" => 1881,
"n360_rubicon" => 1882,
"n360_sharethrough" => 1883,
"n360-sharethrough" => 1884,
"n360_smaato" => 1885,
"n360-smaato" => 1886,
"n360_smartadserver" => 1887,
"n360-smartadserver" => 1888,
"n360_smartyads" => 1889,
"n360-smartyads" => 1890,
"n360_smilewanted" => 1891,
"n360-smilewanted" => 1892,
"n360_staila" => 1893,
"n360-staila" => 1894,
"n360-tappx" => 1895,
"n360_mediagrid" => 1896,
"n360-mediagrid" => 1897,
"n360_ttd" => 1898,
"n360-ttd" => 1899,
"n360_traffective" => 1900,
"n360-traffective" => 1901,
"n360_triplelift" => 1902,
"n360-triplelift" => 1903,
"n360_yahoo" => 1904,
"n360-yahoo" => 1905,
"n360-vidoomy" => 1906,
"n360_yieldlab" => 1907,
"n360-yieldlab" => 1908,
"mv_tokens" => 1909,
"mv_tokens_invalidate-verizon-pushes" => 1910,
"am_tokens" => 1911,
"am_tokens_invalidate-verizon-pushes" => 1912,
"ptrcriteo" => 1913,
"ptrrhs" => 1914,
"ptrrc" => 1915,
"ptrt" => 1916,
"ptrpp" => 1917,
"ptrpub" => 1918,
"ptrc" => 1919,
"ptrb" => 1920,
"ptropenx" => 1921,
"ptrbsw" => 1922,
"ptreps" => 1923,
"ptradtrt" => 1924,
"ssid" => 1925,
"sst" => 1926,
"bounceClientVisit" => 1927,
"ttbprf" => 1928,
"ttc" => 1929,
"ttnprf" => 1930,
"n" => 1931,
"trk" => 1932,
"tp*" => 1933,
"ttgcm" => 1934,
"GRV_BHV_UID*" => 1935,
"GRV_BHV_IDCC*" => 1936,
"GRV_BHV_SKU*" => 1937,
"GRV_BHV_IDCAT*" => 1938,
"GRV_IDU" => 1939,
"NPA*" => 1940,
"GRV_BHV_BRND_*" => 1941,
"GRV_google" => 1942,
"duid_update_time" => 1943,
"_ssp_update_time*" => 1944,
"_dsp_uid*" => 1945,
"TADCID" => 1946,
"ServerPool" => 1947,
"rtbh" => 1948,
"udmts" => 1949,
"_crazyegg" => 1950,
"ce_signup_partner" => 1951,
"SSPR_*" => 1952,
"SSPZ" => 1953,
"DSP2F_*" => 1954,
"ADKUID" => 1955,
"SCM*" => 1956,
"UID_EXT_*" => 1957,
"UTID" => 1958,
"UTID_ENC" => 1959,
"_dy_cs_storage_items" => 1960,
"_dy_cs_cookie_items" => 1961,
"hash" => 1962,
"BLUEID" => 1963,
"ig_did" => 1964,
"ig_cb" => 1965,
"ds_user_id" => 1966,
"fbm_*" => 1967,
"shbid" => 1968,
"shbts" => 1969,
"sessionid" => 1970,
"g" => 1971,
"rdtrk" => 1972,
"_rd_experiment_version" => 1973,
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
