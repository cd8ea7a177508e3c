//! The page's components, one concept per file.

pub mod canvas_backend;
pub mod charts;
pub mod compare;
pub mod compare_inputs;
pub mod controls;
pub mod drag;
pub mod export;
pub mod field;
pub mod grid_path;
pub mod headline;
pub mod identity;
pub mod kpis;
pub mod late;
pub mod life;
pub mod lists;
pub mod method;
pub mod plant;
pub mod plants;
pub mod published;
pub mod report;
pub mod saved;
pub mod settled;
pub mod share_menu;
pub mod toolbar;
pub mod warnings;
pub mod weather;
