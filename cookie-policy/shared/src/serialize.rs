//! `serde::Serialize` (feature `serde`): each type as its keyword, the
//! string `to_json()` writes for it (`"statistics"`, `"Lax"`, `"month"`).

use serde::{Serialize, Serializer};

use crate::{Category, SameSite, TimeUnit};

impl Serialize for Category {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for SameSite {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for TimeUnit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
