//! What the race and age pages draw and export: sources, CSV rows, chart layouts and axis labels.

use super::common::*;

#[test]
fn sources_name_tables_and_pages() {
    let d = data();
    assert_eq!(
        source(&d, Topic::Race, Sex::Men),
        "Table 7, p. 37; Table 8, p. 38; Chart 7, p. 36 — Section VI.B"
    );
    assert_eq!(
        source(&d, Topic::Age, Sex::Women),
        "Table 13, p. 46; Table 14, p. 47; Chart 10, p. 45 — Section VI.C"
    );
}

#[test]
fn exports_have_one_row_per_row_shown() {
    let d = data();
    for topic in [Topic::Race, Topic::Age] {
        for sex in Sex::ALL {
            let rows = by_jurisdiction(&d, topic, sex);
            let out = jurisdiction_rows(&rows, 0);
            assert_eq!(out.len(), rows.len());
            assert!(out.iter().all(|r| r.len() == JURISDICTION_HEADER.len()));
            let o = overall_rows(&overall(&d, topic, sex));
            assert_eq!(o.len(), topic.groups().len());
            assert!(o.iter().all(|r| r.len() == OVERALL_HEADER.len()));
            let p = printed_rows(&rows);
            assert!(p.iter().all(|r| r.len() == printed_header(topic).len()));
            let (_, pt) = topic.tables(sex);
            let columns = &d.table(pt).unwrap().columns;
            let pct: Vec<&str> = columns
                .iter()
                .map(String::as_str)
                .filter(|c| c.ends_with("_pct"))
                .collect();
            assert_eq!(
                &printed_header(topic)[2..printed_header(topic).len() - 1],
                &pct[..],
                "header follows the printed table"
            );
        }
    }
    let rows = by_jurisdiction(&d, Topic::Race, Sex::Men);
    let vi = printed_rows(&rows)
        .into_iter()
        .find(|r| r[0] == "VI")
        .unwrap();
    assert!(vi.last().unwrap().contains("77%"), "{vi:?}");
    let az = jurisdiction_rows(&by_jurisdiction(&d, Topic::Age, Sex::Men), 0)
        .into_iter()
        .find(|r| r[0] == "AZ")
        .unwrap();
    assert_eq!(az[7], "not reported");
}

#[test]
fn layouts_fill_the_plot_and_scale_to_the_largest_share() {
    let d = data();
    let o = overall(&d, Topic::Race, Sex::Men);
    let f = Frame::STACKED;
    let (bars, _) = stacked(&o, f);
    for b in &bars {
        let end = b.segments.last().map(|s| s.x + s.width).unwrap();
        assert!(
            (end - (f.width - f.value_width)).abs() < 1e-6,
            "{} ends at {end}",
            b.label
        );
    }
    assert_eq!(bars[0].segments[1].label.as_deref(), Some("40.1%"));
    assert_eq!(
        bars[1].segments[3].label, None,
        "0.3% is too narrow for a label"
    );
    let rows = by_jurisdiction(&d, Topic::Age, Sex::Men);
    let (dots, ticks, _) = dumbbells(&rows, 0, Frame::DUMBBELL);
    assert_eq!(dots.len(), 43);
    let az = dots.iter().find(|r| r.code == "AZ").unwrap();
    assert!(az.missing && az.restricted.is_none());
    assert_eq!(az.label, "not reported");
    assert_eq!(ticks.first().unwrap().label, "0%");
    assert_eq!(
        (nice_max(45.3), nice_max(4.3), nice_max(0.0)),
        (50.0, 5.0, 1.0)
    );
}

/// Every axis label lies inside the chart at a phone's, a tablet's and a desktop's width, names
/// left or above: the 0% tick at the plot's left edge is drawn from there, not centred on it (at
/// 360 px, with names above the bars, a centred "0%" was half cut off).
#[test]
fn axis_labels_stay_inside_the_chart_at_every_width() {
    use survey::chart::fit::{fit, text_width, MIN_FONT};
    let d = data();
    let rows = by_jurisdiction(&d, Topic::Age, Sex::Men);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    for width in [328.0, 358.0, 736.0, 1248.0] {
        let f = fit(width, &names, &["-12.3 pts"]);
        let (_, ticks, _) = dumbbells(&rows, 0, f.frame);
        for t in &ticks {
            let w = text_width(&t.label, MIN_FONT);
            let left = match t.anchor {
                "start" => t.x,
                "end" => t.x - w,
                _ => t.x - w / 2.0,
            };
            assert!(
                left >= 0.0 && left + w <= f.frame.width,
                "{width} px: {} at {} ({})",
                t.label,
                t.x,
                t.anchor
            );
        }
        let first = ticks.first().unwrap();
        assert_eq!(first.anchor == "start", first.x < w_half(&first.label));
    }
    fn w_half(s: &str) -> f64 {
        survey::chart::fit::text_width(s, survey::chart::fit::MIN_FONT) / 2.0
    }
}
