import PlanModel
import Testing

/// Years as plans write them: fiscal years (April to March), dates and era years.
@Suite("Fiscal years")
struct FiscalYearTests {
    @Test("integers, dates read as the fiscal year they fall in, and era years", arguments: [
        ("2022", 2022), ("2019", 2019), (" 2020 ", 2020),
        ("2019-10-02", 2019), ("2020-02-01", 2019), ("2020-03-31", 2019), ("2020-04-01", 2020),
        ("2021-12-31", 2021), ("2024-02-29", 2023),
        ("令和4年度", 2022), ("令和4", 2022), ("R4", 2022), ("r4", 2022), ("令和4年", 2022), ("Ｒ４年度", 2022),
        ("平成29年度", 2017), ("H29", 2017), ("平成31年", 2019), ("令和元年", 2019), ("令和元年度", 2019),
        ("令和 2 年度", 2020), ("昭和64年", 1989),
        // Four digits take a shortcut; these must read as the general path reads them.
        ("0123", 123), ("202", 202), ("9999", 9999), ("1900", 1900), ("2022\n", 2022), ("\u{3000}2022", 2022),
    ])
    func parses(text: String, year: Int) {
        #expect(FiscalYear.parse(text) == year)
    }

    @Test("anything else is rejected", arguments: [
        "", "garbage", "2022年度", "FY2022", "２０２２", "2022.0", "2022-4-1", "2019-13-01", "2019-02-29",
        "2019/10/02", "令和", "R", "H32", "令和0年", "R100", "平成二十九年度", "-2022", "0x7E6", "2022年3月",
        "0000", "20220", "2O22",
    ])
    func rejects(text: String) {
        #expect(FiscalYear.parse(text) == nil)
    }

    @Test("the fiscal year of a month")
    func ofMonth() {
        #expect(FiscalYear.of(year: 2020, month: 3) == 2019)
        #expect(FiscalYear.of(year: 2020, month: 4) == 2020)
        #expect(FiscalYear.of(year: 2020, month: 12) == 2020)
        #expect(FiscalYear.of(year: 2021, month: 1) == 2020)
    }

    @Test("year fields read every form, quoted or not", arguments: [
        ("2022", 2022), ("'2022'", 2022), ("2019-10-02", 2019), ("2020-02-01", 2019), ("令和4年度", 2022),
        ("R4", 2022), ("H29", 2017), ("\"平成29年度\"", 2017), ("令和元年", 2019),
    ])
    func yearFields(written: String, year: Int) throws {
        let plan = try cleanPlan(planWithTarget("{basis: level, year: \(written)}"))
        #expect(plan.kpis.first?.targets.first?.year == year)
    }

    @Test("a year field holding anything else is schema-type/year naming the field", arguments: [
        "2022年度", "garbage", "1899", "2201", "12", "2019-02-30", "true",
    ])
    func badYearFields(written: String) throws {
        let f = try onlyFinding(planWithTarget("{basis: level, year: \(written)}"))
        #expect(f.rule == "schema-type" && f.message == "year")
        #expect(f.arguments == ["field": "/kpis/0/targets/0/year", "found": written])
        #expect(Seen(f) == Seen("schema-type", "year", 8, 30, "/kpis/0/targets/0/year"))
    }

    @Test("calendar dates are strict YYYY-MM-DD with a real day")
    func calendarDates() {
        #expect(CalendarDate("2022-03-31") == CalendarDate(year: 2022, month: 3, day: 31))
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2100-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2022-04-31") == nil)
        #expect(CalendarDate("2022-3-31") == nil)
        #expect(CalendarDate("２０２２-03-31") == nil)
        #expect(CalendarDate(year: 2022, month: 3, day: 31).description == "2022-03-31")
        #expect(CalendarDate("2022-03-31")! < CalendarDate("2022-04-01")!)
    }
}

