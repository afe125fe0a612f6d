// Dates and times in the forms minutes write them.
#include <gtest/gtest.h>

#include "layout/dates.hpp"

namespace mtk::converters::layout {
namespace {

std::string iso(std::string_view text) {
    auto d = find_date(text);
    return d ? to_iso(*d) : "none";
}

TEST(Dates, Forms) {
    EXPECT_EQ(iso("London Crime Reduction Board - 17 January 2023 - Minutes"), "2023-01-17");
    EXPECT_EQ(iso("Monday 9 June 2014, 11:00 Mayor's Office"), "2014-06-09");
    EXPECT_EQ(iso("January 15th 2021"), "2021-01-15");
    EXPECT_EQ(iso("February 19, 2014"), "2014-02-19");
    EXPECT_EQ(iso("1/15/2021"), "2021-01-15");   // US month/day when the day is over 12
    EXPECT_EQ(iso("05/06/2021"), "2021-06-05");  // otherwise day/month
    EXPECT_EQ(iso("2018-05-31"), "2018-05-31");
    EXPECT_EQ(iso("31 May - 1 June 2018 Helsinki"), "2018-05-31");
    EXPECT_EQ(iso("23rd - 24th March 2017"), "2017-03-23");
    EXPECT_EQ(iso("late November 2018"), "2018-11");
    EXPECT_EQ(iso("Friday, July 7, 2023."), "2023-07-07");
}

// A date starts at most five tokens before its number: "Mon", ".", ",", "Jun", ".", "3".
TEST(Dates, StartsUpToFiveTokensBeforeItsNumber) {
    const auto d = find_date("Agreed on the day Mon., Jun. 3, 2024 at noon");
    ASSERT_TRUE(d);
    EXPECT_EQ(to_iso(*d), "2024-06-03");
    EXPECT_EQ(d->begin, 18u);  // at "Mon"
    EXPECT_EQ(find_dates("words and words Mon., Jun. 3, 2024 and more Tue., Jun. 4, 2024").size(),
              2u);
}

TEST(Dates, Rejected) {
    EXPECT_EQ(iso("31 February 2020"), "none");   // not a calendar date
    EXPECT_EQ(iso("we may meet again"), "none");  // "may" is no month
    EXPECT_EQ(iso("2.5 million in 30 days"), "none");
    EXPECT_EQ(iso("13/13/2020"), "none");
}

// find_dates gives what find_date gives from 0 and then from the end of each date found.
TEST(Dates, AllDatesAsRepeatedSearchesFindThem) {
    for (const std::string_view text :
         {"Report by 30 June 2023, review on 2023-07-14 and close 31/12/2023.",
          "31 February 2020 then 1 March 2020",  // no date, then the month alone is not read
          "Monday, 9 June 2014 - Tuesday 10 June 2014 and 5th-6th May 2015",
          "2018-05-312018-06-01 1/15/2021x3/4/2022", "no dates here", "", "May 2020May 2021"}) {
        std::vector<DateMatch> repeated;
        for (auto d = find_date(text, 0); d; d = find_date(text, d->end)) repeated.push_back(*d);
        const std::vector<DateMatch> all = find_dates(text);
        ASSERT_EQ(all.size(), repeated.size()) << text;
        for (std::size_t i = 0; i < all.size(); ++i) {
            EXPECT_EQ(to_iso(all[i]), to_iso(repeated[i])) << text;
            EXPECT_EQ(all[i].begin, repeated[i].begin) << text;
            EXPECT_EQ(all[i].end, repeated[i].end) << text;
        }
    }
    EXPECT_EQ(find_dates("by 30 June 2023, review on 2023-07-14").size(), 2u);
}

TEST(Dates, YearInference) {
    auto d = find_date("by 30 June");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 0);
    EXPECT_EQ(to_iso(*d), "");
    EXPECT_EQ(to_iso(infer_year(*d, "2023-03-01")), "2023-06-30");
    EXPECT_EQ(to_iso(infer_year(*d, "2023-07-01")), "2024-06-30");  // the next one on or after
    DateMatch dec;
    dec.month = 12;
    EXPECT_EQ(to_iso(infer_year(dec, "2014-06-09")), "2014-12");
    auto feb29 = find_date("29 February");
    ASSERT_TRUE(feb29);
    EXPECT_EQ(to_iso(infer_year(*feb29, "2021-03-01")), "2024-02-29");
}

TEST(Times, Forms) {
    auto t = [](std::string_view s) {
        auto m = find_time(s);
        return m ? to_hhmm(*m) : "none";
    };
    EXPECT_EQ(t("Monday 9 June 2014, 11:00 City Hall"), "11:00");
    EXPECT_EQ(t("15 September 2014. 11:00am at City Hall"), "11:00");
    EXPECT_EQ(t("at 9AM Pacific Time"), "09:00");
    EXPECT_EQ(t("at 2.30 p.m."), "14:30");
    EXPECT_EQ(t("12pm"), "12:00");
    EXPECT_EQ(t("version 10.30 released"), "none");
    EXPECT_EQ(t("(26:30)"), "none");
}

TEST(Times, ToHhmmWritesTwoDigitsEach) {
    EXPECT_EQ(to_hhmm({0, 5}), "00:05");
    EXPECT_EQ(to_hhmm({9, 30}), "09:30");
    EXPECT_EQ(to_hhmm({23, 59}), "23:59");
    EXPECT_EQ(to_hhmm({100, 7}), "100:07");  // beyond two digits: as printf writes it
}

TEST(Dates, ToIsoWritesEachPrecisionZeroPadded) {
    EXPECT_EQ(to_iso({2014, 0, 0}), "2014");
    EXPECT_EQ(to_iso({2014, 6, 0}), "2014-06");
    EXPECT_EQ(to_iso({2014, 12, 9}), "2014-12-09");
    EXPECT_EQ(to_iso({2014, 0, 9}), "2014");  // a day without a month is not written
    EXPECT_EQ(to_iso({987, 1, 2}), "0987-01-02");
    EXPECT_EQ(to_iso({12345, 1, 2}), "12345-01-02");  // beyond four digits: as printf writes it
    EXPECT_EQ(to_iso({0, 6, 30}), "");
}

}  // namespace
}  // namespace mtk::converters::layout
