//! The sections of the scenario file, in file order.

/// A section of the scenario file (MODEL.md §2–§9), in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// `data_centre` (MODEL.md §2).
    DataCentre,
    /// `recovery` (MODEL.md §4).
    Recovery,
    /// `network` (MODEL.md §3 and §5).
    Network,
    /// `storage` (MODEL.md §6).
    Storage,
    /// `emissions` (MODEL.md §8).
    Emissions,
    /// `economics` (MODEL.md §9; docs/model/life.md §1, §3).
    Economics,
    /// `connection`: the pipe from the data centre to the network (MODEL.md §9.1,
    /// docs/model/pipe.md).
    Connection,
    /// `capex`: the cost curves of capex as built (docs/model/life.md §2).
    Capex,
}

impl Section {
    /// Every section, in file order.
    pub const ALL: [Section; 8] = [
        Section::DataCentre,
        Section::Recovery,
        Section::Network,
        Section::Storage,
        Section::Emissions,
        Section::Economics,
        Section::Connection,
        Section::Capex,
    ];

    /// The section's JSON key, e.g. `"data_centre"`.
    pub fn key(self) -> &'static str {
        match self {
            Section::DataCentre => "data_centre",
            Section::Recovery => "recovery",
            Section::Network => "network",
            Section::Storage => "storage",
            Section::Emissions => "emissions",
            Section::Economics => "economics",
            Section::Connection => "connection",
            Section::Capex => "capex",
        }
    }

    /// A short English title for the section, e.g. `"Data centre"`.
    pub fn title(self) -> &'static str {
        match self {
            Section::DataCentre => "Data centre",
            Section::Recovery => "Heat recovery",
            Section::Network => "District heating network",
            Section::Storage => "Thermal storage",
            Section::Emissions => "Emissions",
            Section::Economics => "Economics",
            Section::Connection => "Connection pipe",
            Section::Capex => "Capex as built",
        }
    }

    /// The section with JSON key `key`, if any.
    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }
}
