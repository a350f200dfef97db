import Foundation
import PlanModel
import PlanText
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
        // The source document's own form, full-width digits and FY (issue #14).
        ("2022年度", 2022), ("２０２２", 2022), ("２０２２年度", 2022), ("FY2022", 2022), ("ＦＹ２０２２", 2022),
        ("令和４年度", 2022), ("Ｒ４", 2022), ("H30", 2018), ("平成30年度", 2018), ("2022 年度", 2022),
        // Four digits take a shortcut; these must read as the general path reads them.
        ("0123", 123), ("202", 202), ("9999", 9999), ("1900", 1900), ("2022\n", 2022), ("\u{3000}2022", 2022),
    ])
    func parses(text: String, year: Int) {
        #expect(FiscalYear.parse(text) == year)
    }

    @Test("anything else is rejected", arguments: [
        "", "garbage", "2015年", "FY2022年度", "平成34年度", "大正4年度", "２０２２年３月", "2022.0", "2022-4-1", "2019-13-01", "2019-02-29",
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
        "garbage", "1899", "2201", "12", "2019-02-30", "true", "2022年3月",
    ])
    func badYearFields(written: String) throws {
        let f = try onlyFinding(planWithTarget("{basis: level, year: \(written)}"))
        #expect(f.rule == "schema-type" && f.message == "year")
        #expect(f.arguments == ["field": "year of target 1 of KPI 'seminars'", "field@ja": "KPI『seminars』の1番目の目標値の year",
                                "found": written])
        #expect(Seen(f) == Seen("schema-type", "year", 8, 30, "/kpis/0/targets/0/year"))
    }

    @Test("how a whole year field reads", arguments: [
        ("2022年度", YearForm.fiscal(2022)), ("２０２２年度", .fiscal(2022)), ("令和元年度", .fiscal(2019)),
        ("2015年", .calendar(2015)), ("２０１５年", .calendar(2015)),
        ("平成34年度", .pastEra(era: "平成", last: 31, lastYear: 2019, year: 2022, successor: "令和4", nextEra: "令和", nextStart: 2019)),
        ("H32", .pastEra(era: "平成", last: 31, lastYear: 2019, year: 2020, successor: "令和2", nextEra: "令和", nextStart: 2019)),
        ("平成31年度", .fiscal(2019)), ("平成３２年度", .pastEra(era: "平成", last: 31, lastYear: 2019, year: 2020,
                                                         successor: "令和2", nextEra: "令和", nextStart: 2019)),
        ("昭和65年", .pastEra(era: "昭和", last: 64, lastYear: 1989, year: 1990, successor: "平成2", nextEra: "平成", nextStart: 1989)),
        ("大正4年度", .unknownEra("大正")), ("S60", .unknownEra("S")), ("第4年度", .unreadable), ("令和0年", .unreadable),
        ("R100", .unreadable), ("2022年3月", .unreadable), ("garbage", .unreadable),
    ])
    func yearForms(text: String, form: YearForm) {
        #expect(YearForm.read(text) == form)
    }

    @Test("a calendar year is told apart from the fiscal year, with what to write")
    func calendarYearField() throws {
        let f = try onlyFinding(planWithTarget("{basis: level, year: 2015年}"))
        #expect(f.message == "year-calendar" && f.arguments["year"] == "2015" && f.arguments["found"] == "2015年")
        #expect(Seen(f) == Seen("schema-type", "year-calendar", 8, 30, "/kpis/0/targets/0/year"))
    }

    @Test("an era year past its era says where the era ended and what the year would be")
    func pastEraField() throws {
        let f = try onlyFinding(planWithTarget("{basis: level, year: 平成34年度}"))
        #expect(f.message == "year-past-era")
        #expect(f.arguments["era"] == "平成" && f.arguments["last"] == "31" && f.arguments["lastYear"] == "2019")
        #expect(f.arguments["year"] == "2022" && f.arguments["successor"] == "令和4" && f.arguments["nextStart"] == "2019")
    }

    @Test("an unknown era is named")
    func unknownEraField() throws {
        let f = try onlyFinding(planWithTarget("{basis: level, year: 大正4年度}"))
        #expect(f.message == "year-unknown-era" && f.arguments["era"] == "大正")
    }

    @Test("a period written as one text is refused with the mapping it means", arguments: [
        ("令和2年度～令和4年度", 2020, 2022), ("2020～2022", 2020, 2022), ("2020-2022年度", 2020, 2022),
        ("2020〜2022年度", 2020, 2022), ("2020~2022", 2020, 2022), ("令和2年度ー令和4年度", 2020, 2022),
        ("令和2～4年度", 2020, 2022), ("R2-R4", 2020, 2022), ("２０２０～２０２２年度", 2020, 2022),
        ("'2020-2022'", 2020, 2022),
    ])
    func periodText(written: String, from: Int, to: Int) throws {
        let text = head.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: \(written)")
            + "kpis: []\nvisions: []\n"
        let f = try onlyFinding(text)
        #expect(Seen(f) == Seen("schema-type", "period-text", 3, 9, "/period"))
        #expect(f.arguments["mapping"] == "{from: \(from), to: \(to)}")
        #expect(f.arguments["from"] == String(from) && f.arguments["to"] == String(to))
    }

    @Test("a text that is not a range stays a mapping mismatch", arguments: ["2022年度", "2022-2020", "令和", "a-b"])
    func periodNotRange(written: String) throws {
        let text = head.replacingOccurrences(of: "period: {from: 2020, to: 2022}", with: "period: \(written)")
            + "kpis: []\nvisions: []\n"
        let f = try onlyFinding(text)
        #expect(f.message == "mapping")
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

