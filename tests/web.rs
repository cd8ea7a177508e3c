//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): mount a
//! component with the twin's context, act as a user would, and assert on the DOM and state.
#![cfg(target_arch = "wasm32")]

use heat_twin::components::field::Field;
use heat_twin::components::kpis::Kpis;
use heat_twin::components::toolbar::PresetSelect;
use heat_twin::components::weather::WeatherControl;
use heat_twin::state::Twin;
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::{field, FieldValue, Scenario};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the document body.
fn container() -> web_sys::HtmlElement {
    let doc = document();
    let div = doc.create_element("div").expect("create div");
    doc.body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div.unchecked_into()
}

/// Mounts `f` with a fresh twin in context; returns the twin.
fn mount(f: impl FnOnce() -> AnyView + 'static) -> (Twin, web_sys::HtmlElement) {
    let root = container();
    let twin = Twin::new(Scenario::default());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(twin);
        f()
    });
    handle.forget();
    (twin, root)
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn fire(el: &web_sys::HtmlElement, kind: &str) {
    let ev = web_sys::Event::new_with_event_init_dict(kind, &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .expect("event");
    el.dispatch_event(&ev).expect("dispatch");
}

fn input_value(el: &web_sys::HtmlElement) -> String {
    el.clone()
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

fn set_input(el: &web_sys::HtmlElement, value: &str) {
    el.clone()
        .unchecked_into::<web_sys::HtmlInputElement>()
        .set_value(value);
}

/// Waits for the next animation frame: a slider's value reaches the scenario there (one model
/// run per frame, the latest value wins: src/components/field.rs).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn slider_input_changes_the_scenario() {
    let spec = field("data_centre.racks").expect("racks field");
    let (twin, root) = mount(move || view! { <Field spec=spec /> }.into_any());
    leptos::task::tick().await;
    let slider = query(
        &root,
        r#"input[type=range][data-field="data_centre.racks"]"#,
    );
    set_input(&slider, "750");
    fire(&slider, "input");
    next_frame().await;
    leptos::task::tick().await;
    assert_eq!(
        twin.scenario.get_untracked().get("data_centre.racks"),
        Some(FieldValue::Number(750.0))
    );
    let number = query(
        &root,
        r#"input[type=number][data-field="data_centre.racks"]"#,
    );
    assert_eq!(input_value(&number), "750");
}

#[wasm_bindgen_test]
async fn out_of_range_typing_is_refused_and_the_value_stays() {
    let spec = field("data_centre.utilisation").expect("field");
    let (twin, root) = mount(move || view! { <Field spec=spec /> }.into_any());
    leptos::task::tick().await;
    let number = query(
        &root,
        r#"input[type=number][data-field="data_centre.utilisation"]"#,
    );
    set_input(&number, "1.5");
    fire(&number, "input");
    leptos::task::tick().await;
    assert_eq!(
        twin.scenario.get_untracked().get("data_centre.utilisation"),
        None
    );
    let error = query(&root, ".error").text_content().unwrap_or_default();
    assert!(
        error.contains("out of range") && error.contains("0 to 1"),
        "{error}"
    );
}

#[wasm_bindgen_test]
async fn kpi_shows_the_simulation_value() {
    let (twin, root) = mount(|| view! { <Kpis /> }.into_any());
    leptos::task::tick().await;
    let params = twin.valid.get_untracked().expect("default is valid").params;
    let t = heat_twin_model::weather::builtin_year("po-valley").expect("built-in year");
    let want = heat_twin_model::simulate(&params, &t)
        .summary
        .heat_delivered_mwh;
    let card = query(&root, r#"[data-kpi="heat_delivered_mwh"]"#);
    let got: f64 = card
        .get_attribute("data-value")
        .unwrap_or_default()
        .parse()
        .expect("a number");
    assert_eq!(got, want);
    assert!(card.text_content().unwrap_or_default().contains("MWh/yr"));
    // A change in the scenario shows at once.
    twin.scenario.update(|s| {
        let _ = s.set("data_centre.racks", FieldValue::Number(800.0));
    });
    leptos::task::tick().await;
    let after: f64 = card
        .get_attribute("data-value")
        .unwrap_or_default()
        .parse()
        .expect("a number");
    assert!(after > got, "{got} → {after}");
}

#[wasm_bindgen_test]
async fn a_preset_sets_the_controls() {
    let racks = field("data_centre.racks").expect("field");
    let (twin, root) = mount(move || view! { <PresetSelect /> <Field spec=racks /> }.into_any());
    leptos::task::tick().await;
    let select = query(&root, r#"select[data-control="preset"]"#);
    select
        .clone()
        .unchecked_into::<web_sys::HtmlSelectElement>()
        .set_value("brescia-pilot");
    fire(&select, "change");
    leptos::task::tick().await;
    let want = heat_twin_model::scenario::load_scenario(
        heat_twin::presets::preset("brescia-pilot").expect("preset"),
    )
    .expect("valid")
    .params
    .data_centre
    .racks;
    let number = query(
        &root,
        r#"input[type=number][data-field="data_centre.racks"]"#,
    );
    assert_eq!(input_value(&number), format!("{want}"));
    assert_eq!(twin.preset.get_untracked(), "brescia-pilot");
}

#[wasm_bindgen_test]
async fn an_invalid_upload_shows_its_error_and_keeps_the_weather() {
    let (twin, root) = mount(|| view! { <WeatherControl /> }.into_any());
    leptos::task::tick().await;
    let before = twin.weather.get_untracked().expect("weather");
    let bad = "t_out_c\n1.0\n2.0\nnot-a-number\n";
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(bad));
    let file = web_sys::File::new_with_str_sequence(&parts, "bad.csv").expect("file");
    let transfer = web_sys::DataTransfer::new().expect("DataTransfer");
    transfer.items().add_with_file(&file).expect("add file");
    let input: web_sys::HtmlInputElement = query(&root, r#"input[type=file]"#).unchecked_into();
    input.set_files(transfer.files().as_ref());
    fire(&input.clone().unchecked_into(), "change");
    // Reading the file is asynchronous: wait for the message.
    let mut message = String::new();
    for _ in 0..50 {
        leptos::task::tick().await;
        gloo_timers::future::TimeoutFuture::new(10).await;
        message = query(&root, ".error").text_content().unwrap_or_default();
        if !message.is_empty() {
            break;
        }
    }
    assert!(message.contains("bad.csv: line 4"), "{message}");
    assert!(
        twin.weather
            .get_untracked()
            .is_ok_and(|w| std::sync::Arc::ptr_eq(&w, &before)),
        "the weather stays"
    );
    assert!(matches!(
        twin.valid.get_untracked().map(|v| v.weather),
        Ok(WeatherSpec::Builtin(_))
    ));
}

#[wasm_bindgen_test]
async fn kpis_follow_the_language_and_keep_their_data_value() {
    use heat_twin::i18n::{I18n, Lang};
    let i18n = I18n::new(Lang::En);
    let (_twin, root) = mount(move || {
        provide_context(i18n);
        view! { <Kpis /> }.into_any()
    });
    leptos::task::tick().await;
    let card = query(&root, r#"[data-kpi="heat_delivered_mwh"]"#);
    let value = card.get_attribute("data-value");
    let en = card.text_content().unwrap_or_default();
    assert!(
        en.contains("Heat delivered") && en.contains("MWh/yr"),
        "{en}"
    );
    i18n.lang.set(Lang::It);
    leptos::task::tick().await;
    let it = card.text_content().unwrap_or_default();
    assert!(
        it.contains("Calore fornito") && it.contains("MWh/anno"),
        "{it}"
    );
    assert_eq!(card.get_attribute("data-value"), value);
    let homes = query(&root, r#"[data-kpi="homes_equivalent"] .u"#);
    assert_eq!(homes.text_content().unwrap_or_default(), "abitazioni");
}

/// The run's id as the page's memo holds it (0 when the scenario cannot run).
fn run_id(twin: Twin) -> u64 {
    twin.snapshot
        .with_untracked(|s| s.as_ref().map_or(0, |s| s.run_id))
}

#[wasm_bindgen_test]
async fn renaming_the_scenario_runs_nothing_again() {
    let (twin, _root) = mount(move || view! { <Kpis /> }.into_any());
    leptos::task::tick().await;
    let first = run_id(twin);
    assert!(first > 0, "the opening run");
    // What the identity rules do after a preset's first edit: name and description only.
    twin.scenario.update(|s| {
        s.name = Some("My scenario".into());
        s.description = Some("Mine".into());
    });
    leptos::task::tick().await;
    assert_eq!(run_id(twin), first, "a new name is no new physics");
    twin.set_field("data_centre.racks", FieldValue::Number(321.0))
        .expect("racks");
    leptos::task::tick().await;
    assert!(run_id(twin) > first, "new racks are a new year");
}

#[wasm_bindgen_test]
async fn the_late_view_follows_one_frame_behind_on_a_slow_device_and_misses_no_run() {
    use heat_twin::run::force_slow_device;
    let root = container();
    let twin = Twin::new(Scenario::default());
    let behind: std::rc::Rc<std::cell::Cell<Option<Twin>>> = Default::default();
    let keep = behind.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(twin);
        keep.set(Some(heat_twin::components::late::late(twin)));
        view! { <Kpis /> }.into_any()
    });
    handle.forget();
    let late = behind.get().expect("the late view");
    leptos::task::tick().await;
    next_frame().await;
    assert_eq!(run_id(late), run_id(twin), "in step once the page is still");
    // A device whose runs fit in a frame: in the same task.
    force_slow_device(Some(false));
    twin.set_field("data_centre.racks", FieldValue::Number(150.0))
        .expect("racks");
    leptos::task::tick().await;
    assert_eq!(
        run_id(late),
        run_id(twin),
        "no frame behind on a fast device"
    );
    // A slow device: a frame behind, then the newest run.
    force_slow_device(Some(true));
    let before = run_id(twin);
    for racks in [200.0, 300.0] {
        twin.set_field("data_centre.racks", FieldValue::Number(racks))
            .expect("racks");
        leptos::task::tick().await;
    }
    let live = run_id(twin);
    assert!(live > before);
    assert_eq!(run_id(late), before, "the late view waits for a frame");
    next_frame().await;
    leptos::task::tick().await;
    force_slow_device(None);
    assert_eq!(run_id(late), live, "and then shows the newest run");
    assert_eq!(
        late.valid
            .with_untracked(|v| v.as_ref().map(|v| v.params.data_centre.racks).ok()),
        Some(300.0)
    );
}
