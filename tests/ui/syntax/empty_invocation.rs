// An empty invocation declares nothing; the error shows the expected shape.
cookie_policy::cookie_policy! {}

fn main() {}
