//! [`ConsentId`]: the random id under which a visitor's choices are
//! recorded (feature `records`), carried at the end of the consent cookie's
//! value.

use core::fmt;

use crate::header::percent;

/// A visitor's consent id: 128 random bits, created at the visitor's first
/// choice and kept on later ones, under which the records of their choices
/// are kept (feature `records`). Written as 32
/// lowercase hexadecimal digits, at the end of the consent cookie's value
/// (see the [format](crate::Consent#the-consent-cookies-value-format-v1)).
///
/// It identifies a browser's answers, nothing else: it is drawn from the
/// operating system's generator, not derived from the visitor, the request
/// or the time.
///
/// ```
/// use cookie_policy::ConsentId;
/// let id = ConsentId::parse("0123456789abcdef0123456789abcdef").unwrap();
/// assert_eq!(id.to_string(), "0123456789abcdef0123456789abcdef");
/// // only the one spelling is read: 32 lowercase hex digits
/// for bad in ["", "0123456789ABCDEF0123456789ABCDEF", "01234567-89ab-cdef-0123-456789abcdef", "0123"] {
///     assert_eq!(ConsentId::parse(bad), None);
/// }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConsentId(u128);

/// The length of a written [`ConsentId`]: 32 hex digits.
pub(crate) const ID_LEN: usize = 32;

impl ConsentId {
    /// A new id: 128 bits from the operating system's random generator
    /// (`getrandom`); `Err` only when the system has none to give.
    #[cfg(feature = "records")]
    pub fn random() -> Result<ConsentId, getrandom::Error> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes)?;
        Ok(ConsentId(u128::from_be_bytes(bytes)))
    }

    /// Reads the exact text [`Display`](fmt::Display) writes (32 lowercase
    /// hex digits); `None` for anything else.
    pub fn parse(text: &str) -> Option<ConsentId> {
        Self::parse_bytes(text.as_bytes())
    }

    pub(crate) fn parse_bytes(text: &[u8]) -> Option<ConsentId> {
        if text.len() != ID_LEN {
            return None;
        }
        let (high, low) = text.split_at_checked(ID_LEN / 2)?;
        let (high, low) = (percent::lower_hex_u64(high)?, percent::lower_hex_u64(low)?);
        Some(ConsentId((u128::from(high) << 64) | u128::from(low)))
    }

    /// The id's 128 bits.
    pub const fn to_u128(self) -> u128 {
        self.0
    }

    /// The id of these 128 bits (for tests and imports; a new visitor's id
    /// comes from [`ConsentId::random`]).
    pub const fn from_u128(bits: u128) -> ConsentId {
        ConsentId(bits)
    }
}

impl fmt::Display for ConsentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl fmt::Debug for ConsentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ConsentId({self})")
    }
}
