// An endpoint profile file (resources/endpoints/*.json, or the override a user puts in the data folder)
// read for both platforms; a profile that loads is then used as the clients use it: every strategy's
// URL, body, GraphQL variables and headers are expanded with the variables a scrape knows.
#include "FuzzSupport.h"

#include "platform/EndpointProfile.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    qunsetenv("REELPULSE_INSTAGRAM_URL");
    qunsetenv("REELPULSE_TIKTOK_URL");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace reelpulse;
    static const QVariantHash Known{
        {u"username"_s, u"instagram"_s},
        {u"user_id"_s, u"25025320"_s},
        {u"shortcode"_s, u"DFp17y5MymE"_s},
        {u"media_id"_s, u"3563483617493137988"_s},
        {u"video_id"_s, u"7603296357641735445"_s},
        {u"cursor"_s, u"{\"cached_comments_cursor\": \"1\"}"_s},
        {u"csrftoken"_s, u"token\r\nX-Injected: 1"_s},
        {u"first"_s, 12},
        {u"flag"_s, true},
    };
    static const QVariantHash Unknown;
    const QByteArray json = fuzz::bytes(data, size);
    for (const Platform platform : {Platform::Instagram, Platform::TikTok}) {
        Result<EndpointProfile> profile = EndpointProfile::fromJson(json, platform, u"fuzz"_s);
        if (!profile)
            continue;
        profile->setConfiguredBaseUrl(u"http://127.0.0.1:8080/"_s);
        for (const QString &operation : profile->operations()) {
            for (const EndpointStrategy &strategy : profile->strategies(operation)) {
                for (const QVariantHash *vars : {&Known, &Unknown}) {
                    if (!EndpointProfile::canRun(strategy, *vars, vars == &Known))
                        continue;
                    Q_UNUSED(profile->url(strategy, *vars));
                    Q_UNUSED(profile->body(strategy, *vars));
                    Q_UNUSED(profile->variables(strategy, *vars));
                    Q_UNUSED(profile->headers(strategy, *vars));
                }
            }
        }
    }
    return 0;
}
