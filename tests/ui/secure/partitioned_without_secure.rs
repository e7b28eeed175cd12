// Rule 6: CHIPS: browsers reject a Partitioned cookie that is not Secure.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        preferences {
            provider "Chat Inc." {
                CHAT: "chat_session" {
                    function: "Support chat",
                    purpose: "To keep the chat open across pages",
                    third_party: "chat.example.net",
                    partitioned,
                    http_only,
                }
            }
        }
    }
}

fn main() {}
