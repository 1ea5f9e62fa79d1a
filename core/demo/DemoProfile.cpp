#include "DemoProfile.h"

#include <algorithm>

namespace LeadStage::Demo {

const std::vector<Industry> &industries()
{
    // Manufacturing buys fastest, retail slowest (DESIGN: verticals behave differently).
    static const std::vector<Industry> all = {
        {"Software", 22, 0.32, 130},   {"Finance", 14, 0.27, 160},  {"Manufacturing", 14, 0.36, 95},
        {"Healthcare", 11, 0.25, 175}, {"Retail", 12, 0.23, 215},   {"Professional Services", 10, 0.29, 140},
        {"Education", 8, 0.20, 195},   {"Logistics", 9, 0.30, 120},
    };
    return all;
}

const std::vector<Source> &sources()
{
    static const std::vector<Source> all = {
        {"Organic Search", 26, 0.22, {"SEO - Blog", "SEO - Guides", "SEO - Comparison pages"}},
        {"Paid Search", 16, 0.38, {"Google Ads - Brand", "Google Ads - Generic", "Bing Ads"}},
        {"Paid Social", 13, 0.45, {"LinkedIn Lead Gen", "LinkedIn Sponsored Content", "Facebook Retargeting"}},
        {"Email", 10, 0.25, {"Newsletter", "Partner Newsletter Swap"}},
        {"Referral", 8, 0.12, {"Customer Referral Program", "G2 Listing"}},
        {"Events", 9, 0.20, {"SaaStr Booth", "Regional Roadshow", "Industry Summit"}},
        {"Webinar", 10, 0.15, {"Webinar Series - Fundamentals", "Webinar Series - Advanced"}},
        {"Partner", 8, 0.18, {"Reseller Program", "Technology Partners"}},
    };
    return all;
}

const std::vector<Weighted> &countries()
{
    static const std::vector<Weighted> all = {
        {"United States", 38}, {"United Kingdom", 11}, {"Germany", 10},  {"France", 6},
        {"Canada", 6},         {"Netherlands", 4},     {"Australia", 5}, {"Spain", 4},
        {"Sweden", 3},         {"India", 6},           {"Brazil", 4},    {"Japan", 3},
    };
    return all;
}

const std::vector<Weighted> &jobTitles()
{
    static const std::vector<Weighted> all = {
        {"Marketing Manager", 14},
        {"Head of Marketing", 6},
        {"VP Marketing", 4},
        {"Marketing Operations Analyst", 8},
        {"Demand Generation Manager", 7},
        {"CMO", 2},
        {"Sales Manager", 8},
        {"VP Sales", 3},
        {"Revenue Operations Manager", 5},
        {"IT Manager", 6},
        {"CTO", 2},
        {"Software Engineer", 7},
        {"Operations Director", 5},
        {"CEO", 3},
        {"Business Analyst", 7},
        {"Consultant", 5},
        {"Student", 3},
        {"Procurement Specialist", 3},
    };
    return all;
}

const std::vector<std::string_view> &firstNames()
{
    static const std::vector<std::string_view> all = {
        "Anna",  "Ben",  "Carla", "David", "Elena", "Farid", "Grace",  "Hiro",  "Ines",    "Jonas", "Kara",   "Liam",
        "Maya",  "Noah", "Olga",  "Pedro", "Quinn", "Rosa",  "Sam",    "Tara",  "Umar",    "Vera",  "Will",   "Xenia",
        "Yusuf", "Zoe",  "Amir",  "Bea",   "Chen",  "Dana",  "Emil",   "Fiona", "Gabriel", "Hanna", "Ivan",   "Julia",
        "Kofi",  "Lena", "Marco", "Nina",  "Oscar", "Priya", "Rafael", "Sofia", "Tomas",   "Ulla",  "Victor", "Wen",
    };
    return all;
}

const std::vector<std::string_view> &lastNames()
{
    static const std::vector<std::string_view> all = {
        "Smith",  "Müller",  "Garcia", "Johnson", "Rossi", "Dubois", "Kowalski", "Nakamura",  "Silva", "Brown",
        "Jensen", "O'Brien", "Novak",  "Schmidt", "Lee",   "Patel",  "Martin",   "Andersson", "Kim",   "Fischer",
        "Lopez",  "Wilson",  "Moreau", "Bianchi", "Costa", "Hughes", "Weber",    "Nguyen",    "Clark", "Ivanova",
    };
    return all;
}

const std::vector<std::string_view> &companyWords()
{
    static const std::vector<std::string_view> all = {
        "Northwind", "Bluepeak",   "Crescent",  "Ironbridge", "Silverline", "Greenfield", "Harbor",
        "Summit",    "Brightwave", "Redwood",   "Keystone",   "Lumen",      "Orbit",      "Pioneer",
        "Quarry",    "Riverstone", "Sterling",  "Tidewater",  "Vantage",    "Westgate",   "Alder",
        "Beacon",    "Cobalt",     "Driftwood", "Ember",      "Falcon",
    };
    return all;
}

const std::vector<std::string_view> &companySuffixes()
{
    static const std::vector<std::string_view> all = {
        "Systems",   "Logistics", "Health", "Capital",  "Labs",     "Retail Group",     "Manufacturing", "Partners",
        "Analytics", "Foods",     "Energy", "Software", "Learning", "Industries, Inc.", "Solutions",     "GmbH",
    };
    return all;
}

const std::vector<Weighted> &nurtureActivities()
{
    static const std::vector<Weighted> all = {
        {"email_open", 38},    {"blog_read", 20},      {"email_click", 7},       {"resource_center_visit", 4},
        {"social_engage", 6},  {"webinar_no_show", 3}, {"webinar_on_demand", 2}, {"whitepaper_download", 2},
        {"social_share", 1.5}, {"email_forward", 1},   {"about_page_visit", 2},  {"pricing_page_visit", 0.6},
        {"social_follow", 1},  {"blog_subscribe", 1},
    };
    return all;
}

const std::vector<Weighted> &discoveryActivities()
{
    static const std::vector<Weighted> all = {
        {"ebook_download", 22}, {"whitepaper_download", 22},  {"webinar_attended", 16}, {"webinar_on_demand", 10},
        {"email_click", 12},    {"resource_center_visit", 8}, {"blog_read", 10},
    };
    return all;
}

const std::vector<Weighted> &intentActivities()
{
    static const std::vector<Weighted> all = {
        {"comparison_download", 35},
        {"roi_calculator", 30},
        {"product_webinar", 35},
    };
    return all;
}

const std::vector<Weighted> &triggerActivities()
{
    static const std::vector<Weighted> all = {
        {"demo_request", 40},
        {"contact_sales", 20},
        {"trial_signup", 30},
        {"pricing_page_visit", 10},
    };
    return all;
}

const std::vector<Weighted> &productActivities()
{
    static const std::vector<Weighted> all = {
        {"product_login", 55},
        {"feature_used", 35},
        {"teammate_invited", 7},
        {"usage_limit_reached", 3},
    };
    return all;
}

namespace {

const std::vector<ActivityDetail> &activityDetails()
{
    static const std::vector<ActivityDetail> all = {
        {"blog_read",
         {"/blog/what-is-an-iql", "/blog/lead-scoring-101", "/blog/mql-vs-sql", "/blog/nurture-sequences",
          "/blog/attribution-models", "/blog/funnel-benchmarks-2025", "/blog/icp-checklist",
          "/blog/decay-in-lead-scoring"}},
        {"whitepaper_download",
         {"State of B2B Demand Generation 2025", "Benchmark Report: Funnel Conversion by Industry",
          "Marketing Ops Salary Survey"}},
        {"ebook_download", {"The Complete Guide to Lead Scoring", "Nurture Playbook: From IQL to MQL", "ICP Workbook"}},
        {"webinar_attended", {"Fundamentals: Scoring Models", "Advanced: Intent Data", "Customer Panel Q&A"}},
        {"webinar_no_show", {"Fundamentals: Scoring Models", "Advanced: Intent Data", "Customer Panel Q&A"}},
        {"webinar_on_demand", {"Fundamentals: Scoring Models", "Advanced: Intent Data", "Customer Panel Q&A"}},
        {"email_open",
         {"Nurture #1 Problem awareness", "Nurture #2 Benchmarks", "Nurture #3 Case study", "Monthly Newsletter"}},
        {"email_click",
         {"Nurture #1 Problem awareness", "Nurture #2 Benchmarks", "Nurture #3 Case study", "Monthly Newsletter"}},
        {"email_forward", {"Nurture #3 Case study", "Monthly Newsletter"}},
        {"resource_center_visit", {"/resources", "/resources/templates", "/resources/calculators"}},
        {"about_page_visit", {"/about", "/about/team"}},
        {"pricing_page_visit", {"/pricing", "/pricing/enterprise"}},
        {"comparison_download", {"LeadStage vs. Spreadsheet", "Platform Comparison Sheet"}},
        {"product_webinar", {"Product Tour Live", "What's New in the Platform"}},
        {"roi_calculator", {"/roi-calculator"}},
        {"demo_request", {"/demo"}},
        {"contact_sales", {"/contact-sales"}},
        {"trial_signup", {"/signup"}},
        {"product_login", {"app"}},
        {"feature_used", {"dashboards", "scoring-rules", "exports", "integrations"}},
        {"teammate_invited", {"app/settings/team"}},
        {"usage_limit_reached", {"contacts limit"}},
        {"social_follow", {"LinkedIn"}},
        {"social_engage", {"LinkedIn", "X"}},
        {"social_share", {"LinkedIn"}},
        {"blog_subscribe", {"/blog/subscribe"}},
    };
    return all;
}

} // namespace

const std::vector<std::string_view> &detailsFor(std::string_view activity)
{
    static const std::vector<std::string_view> none;
    const auto &all = activityDetails();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const ActivityDetail &detail) { return detail.activity == activity; });
    return it == all.end() ? none : it->details;
}

double monthSeasonality(int month)
{
    static constexpr std::array<double, 12> weights = {1.15, 1.05, 1.10, 1.05, 1.00, 0.90,
                                                       0.80, 0.80, 1.15, 1.10, 1.05, 0.75};
    return weights[std::size_t(month - 1)];
}

} // namespace LeadStage::Demo
