//! Integration and trybuild ui tests of the cookie-policy workspace (not published).
