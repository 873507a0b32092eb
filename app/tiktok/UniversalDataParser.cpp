#include "tiktok/UniversalDataParser.h"

#include "platform/ParserValues.h"
#include "tiktok/ItemStructParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::tiktok {

Result<QJsonObject> extractUniversalData(const QByteArray &html)
{
    const QByteArray marker = QByteArrayLiteral("__UNIVERSAL_DATA_FOR_REHYDRATION__");
    const qsizetype at = html.indexOf(marker);
    if (at < 0)
        return parse::shapeError(QCoreApplication::translate("Parser", "the page data of a TikTok page"));
    const qsizetype tagStart = html.lastIndexOf("<script", at);
    const qsizetype tagEnd = html.indexOf('>', at);
    if (tagStart < 0 || tagEnd < 0)
        return parse::shapeError(QCoreApplication::translate("Parser", "the page data of a TikTok page"));
    const qsizetype close = html.indexOf("</script>", tagEnd);
    if (close < 0)
        return Error::invalid(parse::BodyField, QCoreApplication::translate("Parser", "The TikTok page was cut off."));
    return parse::parseObject(html.mid(tagEnd + 1, close - tagEnd - 1));
}

QJsonObject videoDetail(const QJsonObject &universalData)
{
    return parse::object(parse::object(universalData.value(u"__DEFAULT_SCOPE__"_s)).value(u"webapp.video-detail"_s));
}

std::optional<int> videoStatusCode(const QJsonObject &universalData)
{
    const std::optional<qint64> code = parse::integer(videoDetail(universalData).value(u"statusCode"_s));
    if (!code)
        return std::nullopt;
    // Saturated, not truncated: a code beyond int must not wrap to 0, which means success.
    return static_cast<int>(
        qBound(qint64(std::numeric_limits<int>::min()), *code, qint64(std::numeric_limits<int>::max())));
}

Result<MediaItem> parseVideoDetail(const QJsonObject &universalData)
{
    const QJsonObject detail = videoDetail(universalData);
    if (detail.isEmpty())
        return parse::shapeError(QCoreApplication::translate("Parser", "a TikTok video"));
    const std::optional<int> status = videoStatusCode(universalData);
    if (status && *status != 0)
        return Error::other(QCoreApplication::translate("Parser", "TikTok did not show the video (status %1: %2).")
                                .arg(*status)
                                .arg(parse::text(detail.value(u"statusMsg"_s))));
    const QJsonValue item = parse::at(detail, u"itemInfo.itemStruct");
    if (!item.isObject())
        return parse::shapeError(QCoreApplication::translate("Parser", "a TikTok video"));
    return parseItemStruct(item.toObject());
}

Result<MediaItem> parseVideoPage(const QByteArray &html)
{
    Result<QJsonObject> data = extractUniversalData(html);
    if (!data)
        return data.error();
    return parseVideoDetail(data.value());
}

} // namespace reelpulse::tiktok
