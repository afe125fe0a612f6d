#include "support.hpp"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace mtk::test {
namespace {

std::vector<char*> argv_of(std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    return argv;
}

int wait_status(pid_t pid) {
    int st = 0;
    while (::waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) throw std::runtime_error("waitpid failed");
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

}  // namespace

Result run(const fs::path& program, const std::vector<std::string>& args,
           const std::string& input) {
    TempDir io;
    const fs::path in = io.path / "in", out = io.path / "out", err = io.path / "err";
    write_file(in, input);
    std::vector<std::string> all{program.string()};
    all.insert(all.end(), args.begin(), args.end());
    auto argv = argv_of(all);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, program.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) throw std::runtime_error("cannot start " + program.string());
    Result r;
    r.status = wait_status(pid);
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
}

Result mtk(const std::vector<std::string>& args, const std::string& input) {
    return run(MTK_BIN, args, input);
}

pid_t start_mtk(const std::vector<std::string>& args) {
    std::vector<std::string> all{MTK_BIN};
    all.insert(all.end(), args.begin(), args.end());
    auto argv = argv_of(all);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, MTK_BIN, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) throw std::runtime_error("cannot start " MTK_BIN);
    return pid;
}

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "mtk-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
}

void write_file(const fs::path& p, std::string_view content) {
    if (p.has_parent_path()) fs::create_directories(p.parent_path());
    std::ofstream f(p, std::ios::binary);
    f << content;
    if (!f) throw std::runtime_error("cannot write " + p.string());
}

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

std::string minutes_text(int n, int paragraphs) {
    static constexpr std::array first{"Sadiq", "Lynne",   "Will",   "Kenny",  "Ian",  "Sinead",
                                      "Diana", "Claire",  "Jas",    "Gareth", "Doug", "Tamara",
                                      "Jane",  "Shobnam", "Darren", "Barry"};
    static constexpr std::array last{
        "Khan",   "Owens",   "Bala",   "Bowie",   "Bickers", "Dervin", "Luchford", "Waxman",
        "Athwal", "Roberts", "Flight", "Barnett", "Garvan",  "Islam",  "Rodwell",  "Hughes"};
    static constexpr std::array topics{
        "Operational Update", "Court backlogs", "Youth Justice",     "Victims Strategy", "Budget",
        "Probation Report",   "Knife Crime",    "Any Other Business"};
    std::mt19937 rng(unsigned(n) * 2654435761u + 1);
    auto pick = [&](std::size_t size) { return std::size_t(rng() % size); };
    std::ostringstream t;
    const int year = 2010 + n % 14, month = 1 + n % 12, day = 1 + n % 28;
    static constexpr std::array months{"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
    t << "London Crime Reduction Board - " << day << ' ' << months[std::size_t(month - 1)] << ' '
      << year << " - Minutes\n\nAttendees and apologies\n\n";
    std::vector<std::size_t> people;
    for (int i = 0; i < 6; ++i)
        people.push_back((std::size_t(n) + std::size_t(i) * 3) % first.size());
    for (std::size_t p : people)
        t << "- " << first[p] << ' ' << last[p] << " (" << first[p][0] << last[p][0]
          << ") - Member\n";
    t << "\nApologies\n\n- " << first[(people[0] + 1) % first.size()] << ' '
      << last[(people[0] + 1) % last.size()] << " - Member\n\n";
    const int items = 2 + n % 4;
    for (int i = 1; i <= items; ++i) {
        t << "Item " << i << " - " << topics[pick(topics.size())] << "\n\n";
        for (int p = 0; p < paragraphs; ++p)
            t << first[people[pick(people.size())]][0] << last[people[0]][0]
              << " reported on progress since the last meeting and the board discussed the next "
                 "steps in detail. "
                 "Partners agreed to share data and to report back.\n\n";
        if (i % 2 == 0)
            t << "Action " << i << " - " << first[people[1]] << ' ' << last[people[1]]
              << " to circulate the paper by " << day << ' ' << months[std::size_t(month % 12)]
              << ' ' << year << ".\n\n";
    }
    return t.str();
}

std::vector<std::string> make_tree(const fs::path& root, int count, int folders, int paragraphs) {
    std::vector<std::string> rels;
    for (int i = 0; i < count; ++i) {
        const std::string rel = "body" + std::to_string(i % folders) + "/" +
                                std::to_string(2010 + i % 3) + "/minutes-" + std::to_string(i) +
                                ".txt";
        write_file(root / rel, minutes_text(i, paragraphs));
        rels.push_back(rel);
    }
    return rels;
}

std::map<std::string, std::string> files_below(const fs::path& root, std::string_view suffix) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() && e.path().filename().string().ends_with(suffix))
            out[fs::relative(e.path(), root).generic_string()] = read_file(e.path());
    return out;
}

bool converter_ready() {
    static const bool ready = [] {
        TempDir t;
        write_file(t.path / "a.txt", minutes_text(1));
        return mtk({"convert", (t.path / "a.txt").string()}).status == 0;
    }();
    return ready;
}

std::vector<std::string> query(const fs::path& db, const std::string& sql) {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::Session s(Poco::Data::SQLite::Connector::KEY, db.string());
    Poco::Data::Statement st(s);
    st << sql, Poco::Data::Keywords::now;
    std::vector<std::string> rows;
    if (!sql.starts_with("SELECT")) return rows;
    Poco::Data::RecordSet rs(st);
    for (std::size_t r = 0; r < rs.rowCount(); ++r) {
        std::string row;
        for (std::size_t c = 0; c < rs.columnCount(); ++c)
            row +=
                (c ? "|" : "") +
                (rs.value(c, r).isEmpty() ? std::string() : rs.value(c, r).convert<std::string>());
        rows.push_back(row);
    }
    return rows;
}

}  // namespace mtk::test
