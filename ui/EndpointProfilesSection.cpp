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
    : QWidget(parent)
    , m_dataDir(dataDir)
    , m_summary(plainLabel(this, u"endpointProfilesLabel"_s))
    , m_problems(plainLabel(this, u"endpointProfileProblemLabel"_s))
{
    setObjectName(u"endpointProfilesSection"_s);
    setToolTip(tr("How ReelPulse reaches Instagram and TikTok. Newer signed profiles are installed with "
                  "reelpulse-cli endpoints update."));
    m_problems->setForegroundRole(QPalette::PlaceholderText);
    m_problems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
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
    return tr("%1 version %2 (%3)").arg(platform).arg(profile.version).arg(source);
}

void EndpointProfilesSection::refresh()
{
    QStringList parts;
    QStringList paths;
    QStringList problems;
    for (const EndpointProfileInUse &profile : EndpointUpdater::profilesInUse(m_dataDir)) {
        parts << describe(profile);
        if (!profile.builtIn)
            paths << profile.path;
        if (!profile.problem.isEmpty())
            problems << profile.problem;
    }
    m_summary->setText(tr("Endpoint profiles: %1").arg(parts.join(u", "_s)));
    m_summary->setToolTip(paths.join(u'\n'));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void EndpointProfilesSection::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace reelpulse
