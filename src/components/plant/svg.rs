//! The schematic as SVG markup (a pure function of one hour, the year's scale and a layout), set
//! as the inner HTML of the view's `<svg>`: cheap to rebuild every animation frame and testable
//! natively.

use super::frame::{band_width, celsius, energy, power_in, Frame};
use super::layout::{Anchor, At, Band, Layout, Rect};
use super::text::PlantText;
use crate::format::NumberStyle;
use heat_twin_model::Mode;
use std::fmt::Write;

/// Escapes text for markup.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes one or more lines (split at '\n') of text.
fn text(out: &mut String, at: At, class: &str, s: &str) {
    text_fit(out, at, class, s, f64::INFINITY);
}

/// Like [`text`], squeezing a line that would be wider than `max_w` (a box name in a narrow box,
/// e.g. "teleriscaldamento") to that width.
fn text_fit(out: &mut String, at: At, class: &str, s: &str, max_w: f64) {
    let At(x, y, anchor) = at;
    for (i, line) in s.split('\n').enumerate() {
        let est = 8.0 * line.chars().count() as f64;
        let fit = if est > max_w {
            format!(r#" textLength="{max_w:.1}" lengthAdjust="spacingAndGlyphs""#)
        } else {
            String::new()
        };
        let _ = write!(
            out,
            r#"<text x="{x:.1}" y="{:.1}" text-anchor="{}" class="{class}"{fit}>{}</text>"#,
            y + 16.0 * i as f64,
            anchor.css(),
            esc(line)
        );
    }
}

fn rect(out: &mut String, r: Rect, class: &str) {
    let Rect(x, y, w, h) = r;
    let _ = write!(
        out,
        r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" rx="8" class="{class}"/>"#
    );
}

fn points(pts: &[(f64, f64)]) -> String {
    let mut s = String::new();
    for (i, (x, y)) in pts.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{x:.1},{y:.1}");
    }
    s
}

/// A band of width `w` along `pts`, with an arrowhead at the end when `head`.
fn band_path(out: &mut String, pts: &[(f64, f64)], w: f64, head: bool) {
    if pts.len() < 2 {
        return;
    }
    let mut line: Vec<(f64, f64)> = pts.to_vec();
    let n = line.len();
    let (px, py) = line[n - 1];
    let (qx, qy) = line[n - 2];
    let len = ((px - qx).powi(2) + (py - qy).powi(2)).sqrt();
    if head && len > 1.0 {
        let (dx, dy) = ((px - qx) / len, (py - qy) / len);
        let hl = (w * 0.45 + 8.0).min(len * 0.6);
        let hw = w / 2.0 + 5.0;
        let (bx, by) = (px - dx * hl, py - dy * hl);
        line[n - 1] = (bx + dx * 0.5, by + dy * 0.5);
        let _ = write!(
            out,
            r#"<polygon class="head" points="{px:.1},{py:.1} {:.1},{:.1} {:.1},{:.1}"/>"#,
            bx - dy * hw,
            by + dx * hw,
            bx + dy * hw,
            by - dx * hw
        );
    }
    let _ = write!(
        out,
        r#"<polyline class="band" stroke-width="{w:.2}" points="{}"/>"#,
        points(&line)
    );
}

/// One flow: its band (if non-zero) and its label (name over value), unless `show` is false.
struct FlowSpec<'a> {
    band: Band,
    kw: f64,
    kind: &'a str,
    name: &'a str,
    head: bool,
    label: bool,
}

fn flow(out: &mut String, f: &FlowSpec, max_kw: f64, mw: bool, st: NumberStyle) {
    let width = band_width(f.kw, max_kw);
    let zero = if width.is_none() { " zero" } else { "" };
    let _ = write!(
        out,
        r#"<g class="flow f-{}{zero}" data-flow="{}">"#,
        f.kind, f.kind
    );
    if let Some(w) = width {
        band_path(out, f.band.pts, w, f.head);
    }
    if f.label {
        let At(x, y, a) = f.band.label;
        text(out, At(x, y, a), "fname", f.name);
        text(out, At(x, y + 16.0, a), "fvalue", &power_in(f.kw, mw, st));
    }
    out.push_str("</g>");
}

fn pill(out: &mut String, (cx, cy): (f64, f64), s: &str, class: &str) {
    let w = 12.0 + 7.4 * s.chars().count() as f64;
    let _ = write!(
        out,
        r#"<g class="pill {class}"><rect x="{:.1}" y="{:.1}" width="{w:.1}" height="20" rx="10"/><text x="{cx:.1}" y="{:.1}" text-anchor="middle">{}</text></g>"#,
        cx - w / 2.0,
        cy - 10.0,
        cy + 4.5,
        esc(s)
    );
}

/// A box with its name centred near its top.
fn node(out: &mut String, r: Rect, class: &str, name: &str) {
    rect(out, r, &format!("node {class}"));
    let Rect(x, y, w, _) = r;
    text_fit(
        out,
        At(x + w / 2.0, y + 20.0, Anchor::Middle),
        "nname",
        name,
        w - 8.0,
    );
}

/// The markup inside the `<svg>` for `f` at scale `max_kw` in layout `l`.
pub fn markup(f: &Frame, max_kw: f64, l: &Layout, t: &PlantText) -> String {
    let mut o = String::with_capacity(12_000);
    let fl = &f.flows;

    // Electricity bus and outdoor temperature.
    let _ = write!(o, r#"<polyline class="bus" points="{}"/>"#, points(l.bus));
    text(&mut o, l.bus_label, "busname", t.electricity);
    text(
        &mut o,
        l.outdoor,
        "outdoor",
        &format!("{} {}", t.outdoor, celsius(f.t_out_c, t.style)),
    );

    // Return pipes first, under everything.
    for pts in [l.loop_return, l.net_return] {
        let _ = write!(o, r#"<polyline class="return" points="{}"/>"#, points(pts));
    }

    // Data centre with racks.
    node(&mut o, l.dc, "dc", t.data_centre);
    let Rect(x, y, w, h) = l.dc;
    let racks = 4.0;
    let rw = (w - 36.0) / racks;
    for i in 0..4 {
        let rx = x + 14.0 + f64::from(i) * (rw + 3.0);
        let _ = write!(
            o,
            r#"<rect class="rack" x="{rx:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="2"/>"#,
            y + 34.0,
            rw,
            h - 64.0
        );
        for k in 0..4 {
            let ly = y + 44.0 + f64::from(k) * ((h - 84.0) / 3.0);
            let _ = write!(
                o,
                r#"<line class="slot" x1="{:.1}" x2="{:.1}" y1="{ly:.1}" y2="{ly:.1}"/>"#,
                rx + 3.0,
                rx + rw - 3.0
            );
        }
    }
    text(
        &mut o,
        At(x + w / 2.0, y + h - 12.0, Anchor::Middle),
        "nsub",
        t.it_racks,
    );

    // Dry coolers.
    node(&mut o, l.coolers, "coolers", t.dry_coolers);

    // Recovery: exchanger and heat pump, the active one highlighted.
    node(&mut o, l.recovery, "recovery", t.recovery);
    let hx_on = matches!(f.mode, Mode::Direct | Mode::HeatPump | Mode::ReturnLine);
    let hp_on = f.mode == Mode::HeatPump;
    let hx_status = match f.mode {
        Mode::ReturnLine => t.preheats_return,
        _ if hx_on => t.active,
        _ => t.idle,
    };
    unit(&mut o, l.hx, hx_on, t.exchanger, hx_status, "hx");
    let hp_status = if !f.hp_installed {
        t.no_heat_pump.to_string()
    } else if hp_on && f.cop > 0.0 {
        format!("{} {}", t.cop, crate::format::fixed(f.cop, 1, t.style))
    } else {
        t.idle.to_string()
    };
    unit(&mut o, l.hp, hp_on, t.heat_pump, &hp_status, "hp");

    // Tank.
    tank(&mut o, l.tank, f, t);

    // Network, backup plants, homes.
    node(&mut o, l.network, "network", t.network);
    let Rect(nx, ny, nw, nh) = l.network;
    if f.takes_all_heat {
        text(
            &mut o,
            At(nx + nw / 2.0, ny + nh - 14.0, Anchor::Middle),
            "nsub",
            t.takes_all,
        );
    } else if let Some(d) = f.demand_kw {
        text(
            &mut o,
            At(nx + nw / 2.0, ny + nh - 30.0, Anchor::Middle),
            "nsub",
            t.demand,
        );
        text(
            &mut o,
            At(nx + nw / 2.0, ny + nh - 12.0, Anchor::Middle),
            "nvalue",
            &power_in(d, f.mw, t.style),
        );
    }
    if !f.takes_all_heat {
        node(&mut o, l.backup_box, "backup", t.backup);
        let Rect(bx, by, bw, bh) = l.backup_box;
        text(
            &mut o,
            At(bx + bw / 2.0, by + bh - 12.0, Anchor::Middle),
            "nvalue",
            &power_in(fl.backup, f.mw, t.style),
        );
    }
    node(&mut o, l.homes_box, "homes", t.homes);
    house(&mut o, l.homes_box);

    // Flows, drawn last so bands sit over box edges and labels stay readable.
    let tank_used = f.storage.is_some();
    let specs = [
        FlowSpec {
            band: l.it,
            kw: fl.it,
            kind: "elec",
            name: t.f_it,
            head: true,
            label: true,
        },
        FlowSpec {
            band: l.captured,
            kw: fl.captured,
            kind: "captured",
            name: t.f_captured,
            head: false,
            label: true,
        },
        FlowSpec {
            band: l.rejected,
            kw: fl.rejected,
            kind: "rejected",
            name: t.f_rejected,
            head: true,
            label: true,
        },
        FlowSpec {
            band: l.used,
            kw: fl.used,
            kind: "used",
            name: t.f_used,
            head: true,
            label: true,
        },
        FlowSpec {
            band: l.hp_electricity,
            kw: fl.hp_electricity,
            kind: "elec",
            name: t.f_hp_electricity,
            head: true,
            label: f.hp_installed,
        },
        FlowSpec {
            band: l.direct,
            kw: fl.direct,
            kind: "direct",
            name: t.f_direct,
            head: true,
            label: true,
        },
        FlowSpec {
            band: l.charge,
            kw: fl.charge,
            kind: "storage",
            name: t.f_charge,
            head: true,
            label: tank_used,
        },
        FlowSpec {
            band: l.discharge,
            kw: fl.discharge,
            kind: "storage",
            name: t.f_discharge,
            head: true,
            label: tank_used,
        },
        FlowSpec {
            band: l.backup,
            kw: fl.backup,
            kind: "backup",
            name: t.f_backup,
            head: true,
            label: false,
        },
        FlowSpec {
            band: l.homes,
            kw: fl.homes,
            kind: "demand",
            name: t.f_homes,
            head: true,
            label: true,
        },
        FlowSpec {
            band: l.losses,
            kw: fl.losses,
            kind: "losses",
            name: t.f_losses,
            head: true,
            label: !f.takes_all_heat,
        },
        FlowSpec {
            band: l.pumping,
            kw: fl.pumping,
            kind: "elec",
            name: t.f_pumping,
            head: true,
            label: true,
        },
    ];
    for s in &specs {
        flow(&mut o, s, max_kw, f.mw, t.style);
    }

    // Temperatures on the pipes.
    pill(&mut o, l.t_loop_out, &celsius(f.loop_out_c, t.style), "hot");
    pill(
        &mut o,
        l.t_loop_back,
        &celsius(f.loop_back_c, t.style),
        "cool",
    );
    pill(&mut o, l.t_supply, &celsius(f.supply_c, t.style), "hot");
    pill(&mut o, l.t_return, &celsius(f.return_c, t.style), "cool");
    o
}

fn unit(o: &mut String, r: Rect, on: bool, name: &str, status: &str, kind: &str) {
    let class = if on { "unit on" } else { "unit off" };
    let _ = write!(
        o,
        r#"<g class="{class}" data-unit="{kind}" data-active="{on}">"#
    );
    rect(o, r, "node");
    let Rect(x, y, w, h) = r;
    text_fit(
        o,
        At(x + w / 2.0, y + 22.0, Anchor::Middle),
        "nname",
        name,
        w - 6.0,
    );
    let lines = status.split('\n').count() as f64;
    text(
        o,
        At(
            x + w / 2.0,
            y + h - 10.0 - 16.0 * (lines - 1.0),
            Anchor::Middle,
        ),
        "nsub status",
        status,
    );
    o.push_str("</g>");
}

fn tank(o: &mut String, r: Rect, f: &Frame, t: &PlantText) {
    let Rect(x, y, w, h) = r;
    let body = Rect(x, y + 26.0, w, h - 26.0);
    text(
        o,
        At(x + w / 2.0, y + 16.0, Anchor::Middle),
        "nname",
        t.tank,
    );
    match f.storage {
        Some((kwh, share)) => {
            rect(o, body, "node tank");
            let Rect(bx, by, bw, bh) = body;
            let fh = (bh - 6.0) * share;
            if fh > 0.2 {
                let _ = write!(
                    o,
                    r#"<rect class="fill" x="{:.1}" y="{:.1}" width="{:.1}" height="{fh:.1}" rx="4"/>"#,
                    bx + 3.0,
                    by + bh - 3.0 - fh,
                    bw - 6.0
                );
            }
            text(
                o,
                At(bx + bw / 2.0, by + bh / 2.0 + 5.0, Anchor::Middle),
                "nvalue onfill",
                &format!("{:.0} %", share * 100.0),
            );
            text(
                o,
                At(bx + bw / 2.0, by + bh + 16.0, Anchor::Middle),
                "nsub",
                &energy(kwh, t.style),
            );
        }
        None => {
            rect(o, body, "node tank none");
            let Rect(bx, by, bw, bh) = body;
            text(
                o,
                At(bx + bw / 2.0, by + bh / 2.0 + 5.0, Anchor::Middle),
                "nsub",
                t.no_tank,
            );
        }
    }
}

fn house(o: &mut String, r: Rect) {
    let Rect(x, y, w, h) = r;
    let (cx, cy) = (x + w / 2.0, y + h / 2.0 + 12.0);
    let s = (w.min(h) * 0.28).min(34.0);
    let _ = write!(
        o,
        r#"<path class="house" d="M{:.1},{:.1} L{cx:.1},{:.1} L{:.1},{:.1} M{:.1},{:.1} V{:.1} H{:.1} V{:.1}"/>"#,
        cx - s,
        cy - s * 0.2,
        cy - s,
        cx + s,
        cy - s * 0.2,
        cx - s * 0.7,
        cy - s * 0.45,
        cy + s * 0.7,
        cx + s * 0.7,
        cy - s * 0.45
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::plant::frame::Flows;
    use crate::components::plant::layout::{TALL, WIDE};
    use heat_twin_model::params::FeedIn;

    fn frame() -> Frame {
        Frame {
            hour: 488,
            mode: Mode::Direct,
            feed_in: FeedIn::SupplyLine,
            takes_all_heat: false,
            hp_installed: true,
            t_out_c: -2.0,
            loop_out_c: 65.0,
            loop_back_c: 55.0,
            supply_c: 88.0,
            return_c: 50.0,
            cop: 0.0,
            flows: Flows {
                it: 2000.0,
                captured: 1800.0,
                used: 1800.0,
                direct: 1800.0,
                homes: 9000.0,
                backup: 8200.0,
                losses: 1000.0,
                pumping: 18.0,
                ..Flows::default()
            },
            demand_kw: Some(10_000.0),
            delivered_kw: 1800.0,
            storage: None,
            mw: false,
        }
    }

    #[test]
    fn zero_flows_get_no_band_and_others_do() {
        let t = PlantText::english();
        for l in [&WIDE, &TALL] {
            let m = markup(&frame(), 10_000.0, l, t);
            assert!(
                m.contains(r#"<g class="flow f-rejected zero" data-flow="rejected">"#),
                "{m}"
            );
            assert!(m.contains(r#"data-flow="direct"><polygon"#));
            assert!(m.contains("1,800 kW"));
            assert!(m.contains("88 °C") && m.contains("55 °C"));
            assert!(m.contains(r#"data-unit="hx" data-active="true""#));
            assert!(m.contains(r#"data-unit="hp" data-active="false""#));
        }
    }

    #[test]
    fn one_unit_for_the_whole_view() {
        let t = PlantText::english();
        let m = markup(
            &Frame {
                mw: true,
                ..frame()
            },
            10_000.0,
            &WIDE,
            t,
        );
        assert!(m.contains("1.80 MW") && m.contains("10.0 MW"), "{m}");
        assert!(!m.contains(" kW</text>"), "{m}");
    }

    #[test]
    fn italian_labels_and_numbers() {
        let t = PlantText::get(crate::i18n::Lang::It);
        let m = markup(&frame(), 10_000.0, &WIDE, t);
        assert!(m.contains("1.800 kW"), "{m}");
        assert!(m.contains(">Scambiatore</text>") && m.contains(">di calore</text>"));
        assert!(m.contains("Esterno −2 °C"), "{m}");
        assert!(!m.contains("1,800"));
    }
}
