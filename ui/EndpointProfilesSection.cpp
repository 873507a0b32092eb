#include "EndpointProfilesSection.h"

#include "services/EndpointUpdater.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

EndpointProfilesSection::EndpointProfilesSection(const QString &dataDir, QWidget *parent)
    : QGroupBox(tr("Endpoint profiles"), parent)
    , m_dataDir(dataDir)
    , m_instagram(plainLabel(this, u"instagramEndpointProfileLabel"_s))
    , m_tiktok(plainLabel(this, u"tiktokEndpointProfileLabel"_s))
    , m_problems(plainLabel(this, u"endpointProfileProblemLabel"_s))
{
    setObjectName(u"endpointProfilesSection"_s);
    m_problems->hide();
    auto *hint = new QLabel(tr("How ReelPulse reaches Instagram and TikTok. Newer signed profiles are "
                               "installed with reelpulse-cli endpoints update."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instagram);
    layout->addWidget(m_tiktok);
    layout->addWidget(m_problems);
    layout->addWidget(hint);
    refresh();
}

EndpointProfilesSection::~EndpointProfilesSection() = default;

QString EndpointProfilesSection::describe(const EndpointProfileInUse &profile)
{
    const QString platform = profile.platform == Platform::TikTok ? tr("TikTok") : tr("Instagram");
    QString source;
    if (profile.builtIn) {
        source = tr("built-in");
    } else {
        const QString date = QLocale().toString(profile.installedAt.toLocalTime().date(), QLocale::ShortFormat);
        source = profile.signedBy.isEmpty() ? tr("local copy from %1, unsigned").arg(date)
                                            : tr("updated %1, signed").arg(date);
    }
    return tr("%1: version %2 (%3)").arg(platform).arg(profile.version).arg(source);
}

void EndpointProfilesSection::refresh()
{
    QStringList problems;
    for (const EndpointProfileInUse &profile : EndpointUpdater::profilesInUse(m_dataDir)) {
        QLabel *label = profile.platform == Platform::TikTok ? m_tiktok : m_instagram;
        label->setText(describe(profile));
        label->setToolTip(profile.builtIn ? QString() : profile.path);
        if (!profile.problem.isEmpty())
            problems << profile.problem;
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void EndpointProfilesSection::showEvent(QShowEvent *event)
{
    refresh();
    QGroupBox::showEvent(event);
}

} // namespace reelpulse
