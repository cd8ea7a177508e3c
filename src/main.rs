//! Entry point of the web app (trunk builds this binary to wasm).

fn main() {
    heat_twin::mount();
}
