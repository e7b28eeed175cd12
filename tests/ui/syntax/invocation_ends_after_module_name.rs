// An invocation that ends after the module's name: the error is on its last
// token, not on the whole macro call.
cookie_policy::cookie_policy! {
    pub mod site
}

fn main() {}
