//! Men or women: the `sex=` setting of the race and age pages.

/// Men or women: the report gives each demographic table once for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sex {
    /// Male prisoners (Tables 7, 8, 11, 12).
    #[default]
    Men,
    /// Female prisoners (Tables 9, 10, 13, 14).
    Women,
}

impl Sex {
    /// Both, in the report's order.
    pub const ALL: [Sex; 2] = [Sex::Men, Sex::Women];

    /// URL token (`sex=`).
    pub fn token(self) -> &'static str {
        match self {
            Sex::Men => "men",
            Sex::Women => "women",
        }
    }

    /// Parses a URL token.
    pub fn from_token(s: &str) -> Option<Sex> {
        Sex::ALL.into_iter().find(|x| x.token() == s)
    }

    /// Control label.
    pub fn label(self) -> &'static str {
        match self {
            Sex::Men => "Men",
            Sex::Women => "Women",
        }
    }

    /// The adjective the report uses ("male", "female"), also in figure ids.
    pub fn adjective(self) -> &'static str {
        match self {
            Sex::Men => "male",
            Sex::Women => "female",
        }
    }
}
