//! Times parsing and hourly aggregation of the example year of 15-minute data (no timing
//! assertion in the tests: this prints the figure).
//!
//! ```text
//! cargo run -p heat-twin-measured --example parse_speed --release
//! ```

use std::time::Instant;

use heat_twin_measured::{load_csv, LoadOptions};

fn main() -> Result<(), String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/measured/example-15min.csv"
    );
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let runs = 20;
    let mut best = f64::INFINITY;
    let mut total = 0.0;
    for _ in 0..runs {
        let t = Instant::now();
        let m = load_csv(&bytes, &LoadOptions::default()).map_err(|e| e.to_string())?;
        let s = t.elapsed().as_secs_f64();
        std::hint::black_box(&m);
        best = best.min(s);
        total += s;
    }
    println!(
        "{} bytes, 35,040 rows: parse + aggregate best {:.1} ms, mean {:.1} ms over {runs} runs",
        bytes.len(),
        best * 1e3,
        total / f64::from(runs) * 1e3
    );
    Ok(())
}
