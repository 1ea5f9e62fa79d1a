#pragma once

#include "store/Database.h"
#include "store/Statement.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

// The explorer search's reference for bench/run-benchmarks.sh's ratio (issue 20): the
// text the search looks at (name, email, company of every lead), read once into one
// lower-case buffer outside the timing, then a plain scan counting a word in it. It
// moves only with the number of leads and the machine, so search / reference shows the
// search's own cost.
namespace LeadStage::Bench {

struct SearchReference
{
    double medianMs = 0; // of the scans
    std::size_t bytes = 0;
    std::size_t found = 0;
};

inline SearchReference searchReferencePass(Database &database, std::string_view word, int scans = 5)
{
    SearchReference reference;
    std::string text;
    auto statement = database.prepare("SELECT coalesce(first_name, '') || ' ' || coalesce(last_name, ''), "
                                      "coalesce(email, ''), coalesce(company, '') FROM leads");
    if (!statement)
        return reference;
    while (true) {
        auto row = statement->step();
        if (!row || !*row)
            break;
        for (int column = 0; column < 3; ++column) {
            for (const char c : statement->utf8(column))
                text += char(std::tolower(static_cast<unsigned char>(c)));
            text += '\n';
        }
    }
    std::vector<double> times;
    for (int scan = 0; scan < scans; ++scan) {
        QElapsedTimer timer;
        timer.start();
        std::size_t found = 0;
        for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
            ++found;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        reference.found = found;
    }
    std::sort(times.begin(), times.end());
    reference.medianMs = times[times.size() / 2];
    reference.bytes = text.size();
    return reference;
}

} // namespace LeadStage::Bench
