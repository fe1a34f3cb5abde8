//! What each report table is: its title, printed page, and what its columns mean.

/// A report table's identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableInfo {
    /// Table number in the report.
    pub number: u8,
    /// The report's title, shortened only by dropping the "(n = …)" suffix.
    pub title: &'static str,
    /// Printed page of the table's first row.
    pub page: u8,
    /// Report section it belongs to.
    pub section: &'static str,
}

/// The report's 19 tables.
pub const TABLES: [TableInfo; 19] = [
    TableInfo { number: 1, page: 18, section: "III.A", title: "Types of Facilities Within State and Federal Corrections Systems" },
    TableInfo { number: 2, page: 22, section: "IV.A", title: "Numbers and Percentages of Men and Women in Custodial Population in Restricted Housing by Jurisdiction (15 Consecutive Days or Longer, 22 Hours or More per Day)" },
    TableInfo { number: 3, page: 25, section: "IV.B", title: "Numbers and Percentages of Men and Women in Custodial Population In-Cell for 16 or More Hours per Day and for 15 Consecutive Days or Longer by Jurisdiction" },
    TableInfo { number: 4, page: 27, section: "V.A", title: "Numbers of Prisoners in Restricted Housing by Length of Time and by Jurisdiction" },
    TableInfo { number: 5, page: 32, section: "VI.A", title: "Number and Percentage of Male Custodial Population in Restricted Housing" },
    TableInfo { number: 6, page: 34, section: "VI.A", title: "Number and Percentage of Female Custodial Population in Restricted Housing" },
    TableInfo { number: 7, page: 37, section: "VI.B", title: "Demographic Composition of Total Male Custodial Population and of Male Restricted Housing Population" },
    TableInfo { number: 8, page: 38, section: "VI.B", title: "Demographic Percentage Composition of Total Male Custodial Population and of Male Restricted Housing Population" },
    TableInfo { number: 9, page: 40, section: "VI.B", title: "Demographic Composition of Total Female Custodial Population and Female Restricted Housing Population" },
    TableInfo { number: 10, page: 41, section: "VI.B", title: "Demographic Percentage Composition of Total Female Custodial Population and Female Restricted Housing Population" },
    TableInfo { number: 11, page: 43, section: "VI.C", title: "Age Cohorts of Male Total Custodial Population and of Male Restricted Housing Population" },
    TableInfo { number: 12, page: 44, section: "VI.C", title: "Age Cohorts by Percentage of Male Total Custodial Population and of Male Restricted Housing Population" },
    TableInfo { number: 13, page: 46, section: "VI.C", title: "Age Cohorts of Female Total Custodial Population and of Female Restricted Housing Population" },
    TableInfo { number: 14, page: 47, section: "VI.C", title: "Age Cohorts by Percentage of Female Total Custodial Population and of Female Restricted Housing Population" },
    TableInfo { number: 15, page: 50, section: "VI.D.1", title: "Male Prisoners with a Serious Mental Health Issue (Variously Defined) in Restricted Housing" },
    TableInfo { number: 16, page: 51, section: "VI.D.1", title: "Female Prisoners with a Serious Mental Health Issue (Variously Defined) in Restricted Housing" },
    TableInfo { number: 17, page: 52, section: "VI.D.1", title: "Male Prisoners with a Serious Mental Health Issue by Race and Ethnicity" },
    TableInfo { number: 18, page: 53, section: "VI.D.1", title: "Female Prisoners with a Serious Mental Health Issue by Race and Ethnicity" },
    TableInfo { number: 19, page: 54, section: "VI.D.2", title: "Pregnant Prisoners in Restricted Housing" },
];

/// Looks up a table's identity.
pub fn table(number: u8) -> Option<&'static TableInfo> {
    TABLES.iter().find(|t| t.number == number)
}

/// The report, for citations.
pub const CITATION: &str = "Association of State Correctional Administrators and the Arthur Liman Public Interest Program, Yale Law School, Aiming to Reduce Time-In-Cell: Reports from Correctional Systems on the Numbers of Prisoners in Restricted Housing and on the Potential of Policy Changes to Bring about Reforms (November 2016)";

const FIXED: &[(&str, &str, &str)] = &[
    ("jurisdiction", "string", "Jurisdiction code: USPS state code, DC, VI (Virgin Islands) or BOP (Federal Bureau of Prisons)"),
    ("facility_type", "string", "Type of facility (slug)"),
    ("label", "string", "Facility type as printed"),
    ("notes", "string", "Endnotes qualifying the row (`N`) or one cell (`column:N`), space-separated"),
    ("reporting_facilities_only", "boolean", "True where the report marks the denominator with * (only facilities that reported restricted-housing data)"),
    ("total_custodial_population", "integer", "Total custodial population"),
    ("custodial_population_rh_facilities", "integer", "Custodial population of the facilities reporting restricted-housing data (the report's denominator)"),
    ("custodial_population", "integer", "Custodial population"),
    ("rh_population", "integer", "People in restricted housing (22+ hours a day, 15+ consecutive days)"),
    ("rh_percent", "number", "Percent in restricted housing, as printed"),
    ("alt_custodial_population_rh_facilities", "integer", "Alternative denominator printed in parentheses (Louisiana: incl. state prisoners in parish jails; Utah: August 2016)"),
    ("alt_rh_population", "integer", "Alternative restricted-housing count printed in parentheses"),
    ("alt_rh_percent", "number", "Alternative percent printed in parentheses"),
    ("h22_plus", "integer", "People in-cell 22 or more hours a day for 15+ consecutive days"),
    ("h20_21", "integer", "People in-cell 20 to 21 hours a day for 15+ consecutive days"),
    ("h16_19", "integer", "People in-cell 16 to 19 hours a day for 15+ consecutive days"),
    ("total_16_24", "integer", "People in-cell 16 to 24 hours a day (row total as printed)"),
    ("d15_to_1m", "integer", "Restricted housing for 15 days up to 1 month"),
    ("m1_to_3m", "integer", "Restricted housing for 1 month up to 3 months"),
    ("m3_to_6m", "integer", "Restricted housing for 3 months up to 6 months"),
    ("m6_to_12m", "integer", "Restricted housing for 6 months up to 1 year"),
    ("y1_to_3y", "integer", "Restricted housing for 1 year up to 3 years"),
    ("y3_to_6y", "integer", "Restricted housing for 3 years up to 6 years"),
    ("y6_plus", "integer", "Restricted housing for 6 years or more"),
    ("smi_custodial", "integer", "People in custody with a serious mental health issue (jurisdiction's own definition)"),
    ("smi_rh", "integer", "People with a serious mental health issue in restricted housing"),
    ("women_custodial", "integer", "Women in custody"),
    ("pregnant_custodial", "integer", "Pregnant women in custody"),
    ("pregnant_rh", "integer", "Pregnant women in restricted housing"),
    ("jurisdictions", "integer", "Jurisdictions with this type of facility"),
    ("jurisdictions_collecting_rh_data", "integer", "Of those, jurisdictions that collected restricted-housing data for it"),
];

/// A field's Frictionless type and description, from its name.
pub fn describe_column(name: &str) -> (&'static str, String) {
    if let Some((_, ty, d)) = FIXED.iter().find(|(n, _, _)| *n == name) {
        return (ty, d.to_string());
    }
    if let Some(base) = name.strip_suffix("_pct") {
        let (_, d) = describe_column(base);
        return ("number", format!("{d}: percent as printed"));
    }
    let (population, rest) = if let Some(r) = name.strip_prefix("smi_cust_") {
        ("People in custody with a serious mental health issue", r)
    } else if let Some(r) = name.strip_prefix("cust_") {
        ("Custodial population", r)
    } else if let Some(r) = name.strip_prefix("rh_") {
        ("Restricted-housing population", r)
    } else {
        return ("integer", name.replace('_', " "));
    };
    let group = match rest {
        "total" => "total",
        "under_18" => "under 18",
        "18_49" => "aged 18 to 49",
        "50_plus" => "aged 50 or over",
        "white" => "White",
        "black" => "Black",
        "hispanic" => "Hispanic",
        "asian" => "Asian",
        "other" => "Other race or ethnicity",
        other => other,
    };
    ("integer", format!("{population}, {group}"))
}

/// Length-of-stay bands of Table 4, in order.
pub const STAY_BANDS: [&str; 7] = [
    "d15_to_1m",
    "m1_to_3m",
    "m3_to_6m",
    "m6_to_12m",
    "y1_to_3y",
    "y3_to_6y",
    "y6_plus",
];
