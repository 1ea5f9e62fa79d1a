#pragma once

#include <array>
#include <string_view>
#include <vector>

namespace LeadStage::Demo {

// The made-up market the demo generator draws from: who the leads are, where they
// come from and how each vertical behaves. Tuned so that the default model's IQL
// metrics land in DESIGN §5's reference bands.

struct Industry
{
    std::string_view name;
    double weight;            // share of leads
    double buyerShare;        // of the leads who engage, how many start buying
    double buyingDelayMedian; // days from the discovery burst to the first buying signal
};

struct Source
{
    std::string_view name;
    double weight;
    double coldShare; // leads that never really engage
    std::vector<std::string_view> campaigns;
};

struct Weighted
{
    std::string_view value;
    double weight;
};

struct ActivityDetail
{
    std::string_view activity;
    std::vector<std::string_view> details;
};

const std::vector<Industry> &industries();
const std::vector<Source> &sources();
const std::vector<Weighted> &countries();
const std::vector<Weighted> &jobTitles();
const std::vector<std::string_view> &firstNames();
const std::vector<std::string_view> &lastNames();
const std::vector<std::string_view> &companyWords();
const std::vector<std::string_view> &companySuffixes();

// Educational activity of an engaged lead, by how often it happens.
const std::vector<Weighted> &nurtureActivities();
// The content of a discovery burst: the assets a new lead binges on.
const std::vector<Weighted> &discoveryActivities();
const std::vector<Weighted> &intentActivities();
const std::vector<Weighted> &triggerActivities();
const std::vector<Weighted> &productActivities();

// What an event's detail column may say for an activity (URLs, assets, campaigns);
// empty when the activity has no detail.
const std::vector<std::string_view> &detailsFor(std::string_view activity);

// Relative number of new leads per calendar month (1 = January): summer and
// December are quieter, September and January busier.
double monthSeasonality(int month);

} // namespace LeadStage::Demo
