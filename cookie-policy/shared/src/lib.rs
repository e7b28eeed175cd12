//! What the `cookie_policy!` generator and the `cookie-policy` runtime must
//! agree on, defined once (as `phf_shared` serves `phf`'s generator and
//! runtime): the categories, `SameSite` values and duration units with their
//! keywords, the consent rule, the cookie-name rules, the name hash and the
//! layout of the lookup tables and of the packed attributes that the
//! generator writes and the runtime reads.
//!
//! The runtime re-exports the types users name ([`Category`],
//! [`SameSite`], [`TimeUnit`], [`UnknownCategory`]): use them as
//! `cookie_policy::Category` and so on. The rest is an implementation
//! detail of the two crates, which depend on this crate's exact version.
//!
//! No dependencies (feature `serde`: `serde::Serialize` for the three
//! types, as their keywords), no allocation, `no_std`; every read of a byte
//! string is checked. The feature `build` adds the builders of the lookup
//! tables ([`build`], with `alloc`), for the generator and for a policy the
//! runtime reads back from JSON.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "build")]
extern crate alloc;

#[cfg(feature = "build")]
pub mod build;
mod category;
pub mod hash;
pub mod index;
pub mod name;
pub mod packed;
#[cfg(feature = "serde")]
mod serialize;

pub use category::{requires_consent, Category, SameSite, TimeUnit, UnknownCategory};
