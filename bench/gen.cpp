// bench/gen: a deterministic corpus of meeting minutes for the benchmarks.
//
//   gen N OUTDIR [SEED]
//
// Writes N documents below OUTDIR/<body>/<year>/, about 30 per folder, in the layouts of the
// samples and the shared corpus: four plain-text layouts of the seeds ("- Name (XX) - Role",
// "Name, Role", "Name<TAB>Role", "ITEM N." with numbered paragraphs), markdown notes
// ("## Attending", "# AIs") and two HTML layouts (a council web page, W3C scribe minutes).
// Names, dates, items and actions vary; about one document in three carries a planted defect
// (missing apologies, present and absent, duplicate person, undefined initials, action without
// owner or due date, skipped item number, a name spelled another way than in the body's other
// meetings, a weekday that does not fit the date). Same N and SEED, same bytes.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr std::array kFirst{
    "Sadiq",   "Lynne",   "William", "Kenny",  "Ian",   "Sinéad",   "Diana",  "Claire",
    "Jaswant", "Gareth",  "Douglas", "Tamara", "Jane",  "Shobnam",  "Darren", "Barry",
    "Helen",   "Natasha", "Samuel",  "Alison", "Sara",  "Nicholas", "Joanne", "Philippa",
    "Zoë",     "Lucy",    "Colin",   "Carina", "Clive", "Andrew",   "Tony",   "Paul"};
constexpr std::array kLast{
    "Khan",    "Owens",   "Balakrishnan", "Bowie",     "Bickers",  "Dervin", "Müller",  "Waxman",
    "Athwal",  "Roberts", "Flight",       "Barnett",   "Garvan",   "Islam",  "Rodwell", "Hughes",
    "Bailey",  "Plummer", "Cunningham",   "Newcomb",   "Robinson", "Smart",  "Murfitt", "Roe",
    "Hopkins", "Brontë",  "Allars",       "Heckroodt", "Grimshaw", "Davis",  "Hawker",  "Wylie"};
constexpr std::array kRoles{"Chair",           "Deputy Chair",        "Director, MOPAC",
                            "London Councils", "NHS England",         "Crown Prosecution Service",
                            "Probation",       "Youth Justice Board", "Secretary",
                            "Treasurer"};
constexpr std::array kTopics{"Operational Update",    "Court backlogs and recovery",
                             "Youth Justice",         "Victims Strategy",
                             "Budget monitoring",     "Probation Report",
                             "Knife Crime",           "Violence Reduction Unit",
                             "Performance framework", "Communications plan",
                             "Risk register",         "Any Other Business"};
constexpr std::array kBodies{"London Crime Reduction Board",
                             "Delivery Management Group",
                             "Parish Council",
                             "Transport Committee",
                             "Library Trust Board",
                             "Harbour Commission",
                             "Schools Forum",
                             "Health and Wellbeing Board"};
constexpr std::array kMonths{"January", "February", "March",     "April",   "May",      "June",
                             "July",    "August",   "September", "October", "November", "December"};
constexpr std::array kWeekdays{"Sunday",   "Monday", "Tuesday", "Wednesday",
                               "Thursday", "Friday", "Saturday"};
constexpr std::array kSentences{
    "reported on progress since the last meeting and the board discussed the next steps.",
    "said that staff retention and recruitment remain the key challenge this year.",
    "noted that partners need to use the same data to identify the highest risk.",
    "highlighted the human element and the support families and victims need.",
    "presented the quarterly figures; spending is within the agreed envelope.",
    "asked for a short paper on options before the next meeting.",
    "welcomed the joint work with the local authorities and the voluntary sector.",
};

struct Person {
    std::string first, last, role;
    std::string name() const { return first + ' ' + last; }
    std::string initials() const { return std::string{first[0], last[0]}; }
};

enum Defect {
    none,
    no_apologies,
    present_and_absent,
    duplicate,
    undefined_initials,
    no_owner,
    no_due,
    skipped_item,
    spelling,
    wrong_weekday,
    kDefects
};

struct Doc {
    std::string body, title;
    int year, month, day, weekday;
    std::vector<Person> present, apologies;
    struct Item {
        std::string number, title;
        std::vector<std::string> paragraphs;
        std::vector<std::string> actions;  // full sentences
    };
    std::vector<Item> items;
    Defect defect = none;
};

std::string date_long(const Doc& d) {
    return std::string(kWeekdays[std::size_t(d.weekday)]) + ' ' + std::to_string(d.day) + ' ' +
           kMonths[std::size_t(d.month - 1)] + ' ' + std::to_string(d.year);
}

Doc make_doc(std::mt19937_64& rng, int index, int body) {
    auto pick = [&](std::size_t n) { return std::size_t(rng() % n); };
    Doc d;
    d.body = kBodies[std::size_t(body) % kBodies.size()];
    d.year = 2008 + index % 16;
    d.month = 1 + int(pick(12));
    d.day = 1 + int(pick(28));
    d.defect = pick(3) == 0 ? Defect(1 + pick(kDefects - 1)) : none;
    const std::chrono::weekday wd{
        std::chrono::sys_days{std::chrono::year{d.year} / d.month / d.day}};
    d.weekday = int((wd.c_encoding() + (d.defect == wrong_weekday ? 1 : 0)) % 7);
    // A body keeps most of its members from meeting to meeting.
    std::mt19937_64 members(std::uint64_t(body) * 7919 + 17);
    std::vector<Person> pool;
    for (int i = 0; i < 14; ++i)
        pool.push_back({kFirst[members() % kFirst.size()], kLast[members() % kLast.size()],
                        kRoles[members() % kRoles.size()]});
    std::shuffle(pool.begin(), pool.end(), rng);
    const std::size_t present = 5 + pick(6), apologies = d.defect == no_apologies ? 0 : 1 + pick(3);
    d.present.assign(pool.begin(), pool.begin() + long(present));
    d.apologies.assign(pool.begin() + long(present), pool.begin() + long(present + apologies));
    if (d.defect == present_and_absent) d.apologies.push_back(d.present[1]);
    if (d.defect == duplicate) d.present.push_back(d.present[0]);
    if (d.defect == spelling) {  // "Zoë" -> "Zoë.", not a cut through the ë's two bytes
        std::string& first = d.present[2].first;
        std::size_t cut = 3;
        while (cut < first.size() && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) ++cut;
        first = first.substr(0, cut) + ".";
    }

    const int items = 3 + int(pick(6));
    int number = 1;
    for (int i = 0; i < items; ++i, ++number) {
        if (d.defect == skipped_item && i == 2) ++number;
        Doc::Item it{std::to_string(number),
                     i == 0 ? "Welcome and apologies" : kTopics[pick(kTopics.size())],
                     {},
                     {}};
        for (std::size_t p = 0, n = 1 + pick(3); p < n; ++p) {
            const Person& who = d.present[pick(d.present.size())];
            const bool undefined = d.defect == undefined_initials && p == 0 && i == 1;
            it.paragraphs.push_back((undefined ? std::string("QZ") : who.initials()) + ' ' +
                                    kSentences[pick(kSentences.size())]);
        }
        if (pick(2) == 0 || i == 1) {
            const Person& owner = d.present[pick(d.present.size())];
            const std::string due = std::to_string(1 + pick(28)) + ' ' + kMonths[pick(12)] + ' ' +
                                    std::to_string(d.year);
            if (d.defect == no_owner && i == 1)
                it.actions.push_back("A paper on the options to be circulated by " + due + ".");
            else if (d.defect == no_due && i == 1)
                it.actions.push_back(owner.name() + " to circulate a paper on the options.");
            else
                it.actions.push_back(owner.name() + " to circulate a paper on the options by " +
                                     due + ".");
        }
        d.items.push_back(std::move(it));
    }
    return d;
}

// Seed 000: "- Name (XX) - Role", "Item N - Title".
std::string layout_dash(const Doc& d) {
    std::ostringstream o;
    o << "\n\n"
      << d.body << " - " << d.day << ' ' << kMonths[std::size_t(d.month - 1)] << ' ' << d.year
      << " - Minutes\n\nAttendees and apologies\n\n";
    for (const Person& p : d.present)
        o << "- " << p.name() << " (" << p.initials() << ") - " << p.role << '\n';
    if (!d.apologies.empty()) {
        o << "\nApologies\n\n";
        for (const Person& p : d.apologies)
            o << "- " << p.name() << " (" << p.initials() << ") - " << p.role << '\n';
    }
    for (const auto& it : d.items) {
        o << "\nItem " << it.number << " - " << it.title << "\n\n";
        for (const auto& p : it.paragraphs) o << p << "\n\n";
        for (std::size_t a = 0; a < it.actions.size(); ++a)
            o << "Action: " << it.actions[a] << "\n\n";
    }
    return o.str();
}

// Seed 001: "Name, Role" lines under "Present".
std::string layout_comma(const Doc& d) {
    std::ostringstream o;
    o << d.body << "\n\nMinutes of the meeting held on " << date_long(d)
      << " at 10:00, City Hall\n\nPresent\n\n";
    for (const Person& p : d.present) o << p.name() << ", " << p.role << '\n';
    if (!d.apologies.empty()) {
        o << "\nApologies\n\n";
        for (const Person& p : d.apologies) o << p.name() << ", " << p.role << '\n';
    }
    for (const auto& it : d.items) {
        o << '\n' << it.number << ". " << it.title << "\n\n";
        char sub = 'a';
        for (const auto& p : it.paragraphs) o << it.number << '.' << sub++ << ' ' << p << "\n\n";
        for (const auto& a : it.actions) o << "ACTION: " << a << "\n\n";
    }
    return o.str();
}

// Seed 003: tab-separated "Name<TAB>Role", "Agenda Item N: Title".
std::string layout_tabs(const Doc& d) {
    std::ostringstream o;
    o << "\n\n"
      << d.body << "\n\nPublic record of meeting\n\n"
      << date_long(d) << ", 14:00, MS Teams\n\nGroup\n\n";
    for (const Person& p : d.present) o << p.name() << '\t' << p.role << '\n';
    if (!d.apologies.empty()) {
        o << "\nApologies\n\n";
        for (const Person& p : d.apologies) o << p.name() << '\t' << p.role << '\n';
    }
    for (const auto& it : d.items) {
        o << "\nAgenda Item " << it.number << ": " << it.title << "\n\n";
        for (const auto& p : it.paragraphs) o << p << "\n\n";
        for (const auto& a : it.actions) o << "Action - " << a << "\n\n";
    }
    return o.str();
}

// Seed 004: "ITEM N. Title", numbered paragraphs, "Action N –".
std::string layout_items(const Doc& d) {
    std::ostringstream o;
    o << "\n\n"
      << d.body << "\n\nMinutes of Meeting\n\n"
      << date_long(d) << ", 11:00 City Hall\n\nPresent\n\n";
    for (const Person& p : d.present) o << p.name() << '\t' << p.role << '\n';
    if (!d.apologies.empty()) {
        o << "\nApologies\n\n";
        for (const Person& p : d.apologies) o << p.name() << '\t' << p.role << '\n';
    }
    int para = 1, action = 1;
    for (const auto& it : d.items) {
        o << "\nITEM " << it.number << ". " << it.title << "\n\n";
        for (const auto& p : it.paragraphs) o << it.number << '.' << para++ << "\t" << p << "\n\n";
        for (const auto& a : it.actions)
            o << "Action " << action++ << " \xE2\x80\x93 " << a << "\n\n";
    }
    return o.str();
}

// The markdown notes of the shared corpus (ODPi): "## Attending", "## Regrets", "# AIs".
std::string layout_markdown(const Doc& d) {
    std::ostringstream o;
    o << "# " << d.body << " Meeting Notes " << d.year << '-' << (d.month < 10 ? "0" : "")
      << d.month << '-' << (d.day < 10 ? "0" : "") << d.day << "\n\n## Attending\n\n";
    for (const Person& p : d.present) o << "* " << p.name() << " (" << p.role << ")\n";
    if (!d.apologies.empty()) {
        o << "\n## Regrets\n\n";
        for (const Person& p : d.apologies) o << "* " << p.name() << '\n';
    }
    o << "\n# AIs\n\n";
    for (const auto& it : d.items)
        for (const auto& a : it.actions) o << "* " << a << '\n';
    for (const auto& it : d.items) {
        o << "\n## " << it.number << ". " << it.title << "\n\n";
        for (const auto& p : it.paragraphs) o << p << "\n\n";
    }
    return o.str();
}

std::string html_escape(const std::string& s) {
    std::string o;
    for (char c : s)
        o += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
    return o;
}

// A council web page: navigation furniture, <h1>, lists, <h2> items.
std::string layout_html_page(const Doc& d) {
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
      << html_escape(d.body)
      << " - minutes</title></head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a "
         "href=\"/meetings\">"
         "Meetings</a></li></ul></nav>\n<main>\n<h1>"
      << html_escape(d.body) << " - " << d.day << ' ' << kMonths[std::size_t(d.month - 1)] << ' '
      << d.year << " - Minutes</h1>\n<h2>Attendees</h2>\n<ul>\n";
    for (const Person& p : d.present)
        o << "<li>" << html_escape(p.name()) << " (" << p.initials() << ") - "
          << html_escape(p.role) << "</li>\n";
    o << "</ul>\n";
    if (!d.apologies.empty()) {
        o << "<h2>Apologies</h2>\n<ul>\n";
        for (const Person& p : d.apologies) o << "<li>" << html_escape(p.name()) << "</li>\n";
        o << "</ul>\n";
    }
    for (const auto& it : d.items) {
        o << "<h2>Item " << it.number << " - " << html_escape(it.title) << "</h2>\n";
        for (const auto& p : it.paragraphs) o << "<p>" << html_escape(p) << "</p>\n";
        for (const auto& a : it.actions)
            o << "<p><strong>Action:</strong> " << html_escape(a) << "</p>\n";
    }
    o << "</main>\n<footer><p>&copy; " << html_escape(d.body) << "</p></footer>\n</body></html>\n";
    return o.str();
}

// W3C scribe.perl minutes: <dl> of Present/Regrets, <h3> topics, ACTION lines.
std::string layout_html_scribe(const Doc& d) {
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << html_escape(d.body)
      << " -- " << d.day << ' ' << kMonths[std::size_t(d.month - 1)] << ' ' << d.year
      << "</title></head>\n<body>\n<h1>" << html_escape(d.body) << "</h1>\n<h2>" << d.day << ' '
      << kMonths[std::size_t(d.month - 1)] << ' ' << d.year
      << "</h2>\n<dl class=\"intro\">\n<dt>Present</dt><dd>";
    for (std::size_t i = 0; i < d.present.size(); ++i)
        o << (i ? ", " : "") << html_escape(d.present[i].first + '_' + d.present[i].last);
    o << "</dd>\n<dt>Regrets</dt><dd>";
    for (std::size_t i = 0; i < d.apologies.size(); ++i)
        o << (i ? ", " : "") << html_escape(d.apologies[i].first + '_' + d.apologies[i].last);
    o << (d.apologies.empty() ? "-" : "") << "</dd>\n<dt>Chair</dt><dd>"
      << html_escape(d.present[0].first) << "</dd>\n</dl>\n<h2>Contents</h2>\n<ol>\n";
    for (const auto& it : d.items)
        o << "<li><a href=\"#t" << it.number << "\">" << html_escape(it.title) << "</a></li>\n";
    o << "</ol>\n<h2>Meeting minutes</h2>\n";
    for (const auto& it : d.items) {
        o << "<section>\n<h3 id=\"t" << it.number << "\">" << it.number << ". "
          << html_escape(it.title) << "</h3>\n";
        for (const auto& p : it.paragraphs)
            o << "<p class=\"phone\">" << html_escape(p) << "</p>\n";
        for (const auto& a : it.actions)
            o << "<p class=\"action\">ACTION: " << html_escape(a) << "</p>\n";
        o << "</section>\n";
    }
    o << "</body></html>\n";
    return o.str();
}

struct Layout {
    const char* ext;
    std::string (*write)(const Doc&);
};
constexpr std::array<Layout, 7> kLayouts{{{".txt", layout_dash},
                                          {".txt", layout_comma},
                                          {".txt", layout_tabs},
                                          {".txt", layout_items},
                                          {".md", layout_markdown},
                                          {".html", layout_html_page},
                                          {".html", layout_html_scribe}}};

std::string slug(std::string s) {
    for (char& c : s) c = std::isalnum(static_cast<unsigned char>(c)) ? char(std::tolower(c)) : '-';
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: gen N OUTDIR [SEED]\n");
        return 2;
    }
    const long n = std::stol(argv[1]);
    const fs::path out = argv[2];
    std::mt19937_64 rng(argc > 3 ? std::stoull(argv[3]) : 20240601);
    constexpr int kPerFolder = 30;
    const int bodies = int(std::max(1L, n / (16 * kPerFolder)));
    for (long i = 0; i < n; ++i) {
        const int body = int(i % bodies);
        const Doc d = make_doc(rng, int(i / bodies), body);
        const Layout& layout = kLayouts[std::size_t(i) % kLayouts.size()];
        char name[64];
        std::snprintf(name, sizeof name, "%04d-%02d-%02d-%06ld", d.year, d.month, d.day, i);
        const fs::path dir =
            out / (slug(d.body) + '-' + std::to_string(body)) / std::to_string(d.year);
        fs::create_directories(dir);
        std::ofstream(dir / (std::string(name) + layout.ext), std::ios::binary) << layout.write(d);
    }
    return 0;
}
