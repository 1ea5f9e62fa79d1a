#include "ActivityCatalog.h"

namespace LeadStage {

const std::vector<ActivityType> &defaultActivityTypes()
{
    static const std::vector<ActivityType> types = {
        {u"blog_subscribe"_qs, u"Blog subscription"_qs, u"info"_qs, u"Content"_qs},
        {u"whitepaper_download"_qs, u"Industry report / whitepaper"_qs, u"info"_qs, u"Content"_qs},
        {u"ebook_download"_qs, u"Ebook or comprehensive guide"_qs, u"info"_qs, u"Content"_qs},
        {u"webinar_no_show"_qs, u"Webinar registered, no-show"_qs, u"info"_qs, u"Webinar"_qs},
        {u"webinar_attended"_qs, u"Webinar attended live"_qs, u"info"_qs, u"Webinar"_qs},
        {u"webinar_on_demand"_qs, u"Webinar watched on demand"_qs, u"info"_qs, u"Webinar"_qs},
        {u"blog_read"_qs, u"Blog article read"_qs, u"info"_qs, u"Website"_qs},
        {u"resource_center_visit"_qs, u"Resource center visit"_qs, u"info"_qs, u"Website"_qs},
        {u"about_page_visit"_qs, u"About Us / team page"_qs, u"info"_qs, u"Website"_qs},
        {u"email_open"_qs, u"Nurture email opened"_qs, u"info"_qs, u"Email"_qs},
        {u"email_click"_qs, u"Educational email clicked"_qs, u"info"_qs, u"Email"_qs},
        {u"email_forward"_qs, u"Email forwarded to a colleague"_qs, u"info"_qs, u"Email"_qs},
        {u"social_follow"_qs, u"Followed company account"_qs, u"info"_qs, u"Social"_qs},
        {u"social_engage"_qs, u"Engaged with educational post"_qs, u"info"_qs, u"Social"_qs},
        {u"social_share"_qs, u"Shared company content"_qs, u"info"_qs, u"Social"_qs},
        {u"comparison_download"_qs, u"Product comparison sheet"_qs, u"intent"_qs, u"Intent"_qs},
        {u"product_webinar"_qs, u"Product webinar"_qs, u"intent"_qs, u"Intent"_qs},
        {u"roi_calculator"_qs, u"ROI calculator"_qs, u"intent"_qs, u"Intent"_qs},
        {u"pricing_page_visit"_qs, u"Pricing page visit"_qs, u"intent"_qs, u"Intent"_qs},
        {u"demo_request"_qs, u"Demo request"_qs, u"intent"_qs, u"Trigger"_qs},
        {u"trial_signup"_qs, u"Free-trial signup"_qs, u"intent"_qs, u"Trigger"_qs},
        {u"contact_sales"_qs, u"Contact-sales form"_qs, u"intent"_qs, u"Trigger"_qs},
        {u"product_login"_qs, u"Signed in to the trial"_qs, u"product"_qs, u"Product"_qs},
        {u"feature_used"_qs, u"Used a key feature"_qs, u"product"_qs, u"Product"_qs},
        {u"teammate_invited"_qs, u"Invited a teammate"_qs, u"product"_qs, u"Product"_qs},
        {u"usage_limit_reached"_qs, u"Reached a usage limit"_qs, u"product"_qs, u"Product"_qs},
    };
    return types;
}

} // namespace LeadStage
