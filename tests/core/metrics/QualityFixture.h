#pragma once

// Leads spread over sources, campaigns, industries, countries and grades, shared by
// the source-quality and filter tests.

#include "MetricsFixture.h"

namespace LeadStage::Testing {

// Analysis date Dec 31, 23:59:59. Days from IQL to MQL in brackets.
//   id source   campaign industry  country grade  IQL     MQL            customer
//   1  Webinar  W1       Software  DE      A      Jan 10  Feb 9 (30)     Apr 1
//   2  Webinar  W1       Finance   US      B      Jan 15  Apr 15 (90)
//   3  Webinar  W2       Software  US      C      Feb 1   —
//   4  Paid     P1       Software  DE      A      Feb 10  Oct 10 (242)
//   5  Paid     P1       Retail    FR      D      —       Mar 1 (straight)
//   6  —        —        Retail    US      D      Aug 1   —                      180 d not passed
//   7  Organic  —        Software  DE      B      Jul 15  Jul 20 (5)     Sep 1   180 d not passed
inline void fillQuality(MetricsFixture &fixture)
{
    fixture.addLead({1, u"2025-01-01"_qs, u"2025-01-10"_qs, u"2025-02-09"_qs, QString(), u"Webinar"_qs, u"W1"_qs,
                     u"Software"_qs, u"DE"_qs, u"A"_qs});
    fixture.addOutcome(1, u"2025-03-01"_qs, u"2025-03-15"_qs, u"2025-04-01"_qs);
    fixture.addLead({2, u"2025-01-01"_qs, u"2025-01-15"_qs, u"2025-04-15"_qs, QString(), u"Webinar"_qs, u"W1"_qs,
                     u"Finance"_qs, u"US"_qs, u"B"_qs});
    fixture.addLead({3, u"2025-01-01"_qs, u"2025-02-01"_qs, QString(), QString(), u"Webinar"_qs, u"W2"_qs,
                     u"Software"_qs, u"US"_qs, u"C"_qs});
    fixture.addLead({4, u"2025-01-01"_qs, u"2025-02-10"_qs, u"2025-10-10"_qs, QString(), u"Paid"_qs, u"P1"_qs,
                     u"Software"_qs, u"DE"_qs, u"A"_qs});
    fixture.addLead({5, u"2025-01-01"_qs, QString(), u"2025-03-01"_qs, QString(), u"Paid"_qs, u"P1"_qs, u"Retail"_qs,
                     u"FR"_qs, u"D"_qs});
    fixture.addLead({6, u"2025-01-01"_qs, u"2025-08-01"_qs, QString(), QString(), QString(), QString(), u"Retail"_qs,
                     u"US"_qs, u"D"_qs});
    fixture.addLead({7, u"2025-01-01"_qs, u"2025-07-15"_qs, u"2025-07-20"_qs, QString(), u"Organic"_qs, QString(),
                     u"Software"_qs, u"DE"_qs, u"B"_qs});
    fixture.addOutcome(7, u"2025-08-01"_qs, u"2025-08-15"_qs, u"2025-09-01"_qs);
}

inline const QString qualityAsOf = u"2025-12-31T23:59:59Z"_qs;

} // namespace LeadStage::Testing
