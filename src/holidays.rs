//! The office calendar's days off: libur nasional and cuti bersama per year. Below both the
//! course (a lesson's dates are checked against it) and the simulators (Kinerja counts working
//! days with it), so neither has to reach into the other.

use jiff::civil::Date;

/// One day off: month, day and its name.
pub type Holiday = (i8, i8, &'static str);

/// Libur nasional and cuti bersama, per year, from the SKB 3 Menteri (Menteri Agama,
/// Menteri Ketenagakerjaan, Menteri PANRB) of that year, with the changes announced later.
pub const HOLIDAYS: &[(i16, &[Holiday])] = &[(
    2025,
    // SKB No. 1017/2024, 2/2024, 2/2024; 18 August added as cuti bersama in August 2025.
    &[
        (1, 1, "Tahun Baru 2025 Masehi"),
        (1, 27, "Isra Mikraj Nabi Muhammad SAW"),
        (1, 28, "cuti bersama Tahun Baru Imlek"),
        (1, 29, "Tahun Baru Imlek 2576 Kongzili"),
        (3, 28, "cuti bersama Hari Suci Nyepi"),
        (3, 29, "Hari Suci Nyepi Tahun Baru Saka 1947"),
        (3, 31, "Idul Fitri 1446 H"),
        (4, 1, "Idul Fitri 1446 H"),
        (4, 2, "cuti bersama Idul Fitri"),
        (4, 3, "cuti bersama Idul Fitri"),
        (4, 4, "cuti bersama Idul Fitri"),
        (4, 7, "cuti bersama Idul Fitri"),
        (4, 18, "Wafat Yesus Kristus"),
        (4, 20, "Kebangkitan Yesus Kristus (Paskah)"),
        (5, 1, "Hari Buruh Internasional"),
        (5, 12, "Hari Raya Waisak 2569 BE"),
        (5, 13, "cuti bersama Hari Raya Waisak"),
        (5, 29, "Kenaikan Yesus Kristus"),
        (5, 30, "cuti bersama Kenaikan Yesus Kristus"),
        (6, 1, "Hari Lahir Pancasila"),
        (6, 6, "Idul Adha 1446 H"),
        (6, 9, "cuti bersama Idul Adha"),
        (6, 27, "Tahun Baru Islam 1447 H"),
        (8, 17, "Hari Kemerdekaan Republik Indonesia"),
        (8, 18, "cuti bersama Hari Kemerdekaan"),
        (9, 5, "Maulid Nabi Muhammad SAW"),
        (12, 25, "Hari Raya Natal"),
        (12, 26, "cuti bersama Hari Raya Natal"),
    ],
)];

/// The holiday on `date`, if it is one of [`HOLIDAYS`].
pub fn holiday(date: Date) -> Option<&'static str> {
    HOLIDAYS
        .iter()
        .find(|(y, _)| *y == date.year())?
        .1
        .iter()
        .find(|(m, d, _)| *m == date.month() && *d == date.day())
        .map(|(_, _, name)| *name)
}

/// Whether [`HOLIDAYS`] has a table for `year`.
pub fn knows_year(year: i16) -> bool {
    HOLIDAYS.iter().any(|(y, _)| *y == year)
}
