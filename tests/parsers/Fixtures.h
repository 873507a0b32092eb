#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

// Captured responses in tests/data/fixtures/ (see the README there for where each one comes from).
namespace fixtures {

inline QString path(const QString &relative)
{
    return QStringLiteral(REELPULSE_TEST_DATA "/fixtures/") + relative;
}

inline QByteArray bytes(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open fixture %s", qPrintable(relative));
        return {};
    }
    return file.readAll();
}

inline QJsonObject object(const QString &relative)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(relative), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("fixture %s is not JSON: %s", qPrintable(relative), qPrintable(error.errorString()));
    return doc.object();
}

// The fixture files, by what they hold.
inline const QString Reel = QStringLiteral("instagram/graphql_shortcode_media__reel_clips__DFp17y5MymE__2025-02.json");
inline const QString Image =
    QStringLiteral("instagram/graphql_shortcode_media__image_with_comments__CSTg-0FH89e__2021-08.json");
inline const QString Sidecar = QStringLiteral("instagram/graphql_shortcode_media__sidecar__CA_ifcxMjFR__2024-03.json");
inline const QString Timeline = QStringLiteral("instagram/graphql_user_timeline_page__instagram__2024-03.json");
inline const QString WebProfile = QStringLiteral("instagram/web_profile_info__instagram__2024-12.json");
inline const QString AppCarousel = QStringLiteral("instagram/api_v1_media_info__carousel__CAnqPB-Jzcj.json");
inline const QString PgMedia = QStringLiteral("instagram/pgrimaud__media-2.json");
inline const QString PgComments = QStringLiteral("instagram/pgrimaud__media-comments-2.json");
inline const QString PgProfile = QStringLiteral("instagram/pgrimaud__profile.json");
inline const QString PgCheckpoint = QStringLiteral("instagram/pgrimaud__checkpoint_challenge.json");
inline const QString TtItem = QStringLiteral("tiktok/web_item_struct__7603296357641735445__2026-02.json");
inline const QString TtComments = QStringLiteral("tiktok/web_comment_list__aweme_7603296357641735445__2026-02.json");
inline const QString TtUserDetail = QStringLiteral("tiktok/user_detail__zg.520__2025-10.json");
inline const QString TtItemList = QStringLiteral("tiktok/user_item_list__zg.520__2025-10.json");

} // namespace fixtures
