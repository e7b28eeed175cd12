//! The crate's one toolkit for reading HTTP header syntax out of untrusted
//! bytes: each rule is written once here and used by the consent reader,
//! the banner's cookie reader, the cookie builder, the value codec and the
//! HTTP layer.
//!
//! - [`bytes`]: the byte classes (RFC 6265 `token`, `cookie-octet`, blanks),
//!   trimming, unquoting, the fast byte search and splitting on it;
//! - [`percent`]: hex digits, percent-decoding (lenient, strict) and
//!   percent-encoding one byte;
//! - [`cookie`]: the `name=value` pairs of a `Cookie:` request header;
//! - [`set_cookie`]: a `Set-Cookie` header: its name, value and attributes
//!   (RFC 6265 section 5.2), its lifetime (`Max-Age`, then `Expires`);
//! - [`date`]: RFC 6265's cookie-date algorithm (section 5.1.1);
//! - [`accept_language`]: the ranges and weights of `Accept-Language`, and
//!   the best of a list of languages for them;
//! - [`form`]: the fields of an `application/x-www-form-urlencoded` body or
//!   query, read strictly.
//! - [`url`]: the host of an absolute URL, and domain matching (section
//!   5.1.3).
//!
//! # Reading untrusted bytes
//!
//! Everything here takes any bytes and never panics: access is checked
//! (`get`, `split_first`, slice patterns, iterators), never an index or a
//! range that could be out of bounds. `clippy::indexing_slicing` is denied
//! on this module and on every module that reads what a client or a handler
//! sent (see `lib.rs`), so CI's clippy run enforces it. Nothing here
//! allocates unless its name says so (`decode_strict`): the layer's hot path
//! runs on these functions.

pub(crate) mod accept_language;
pub(crate) mod bytes;
pub(crate) mod cookie;
pub(crate) mod date;
pub(crate) mod form;
pub(crate) mod percent;
pub(crate) mod set_cookie;
pub(crate) mod url;
