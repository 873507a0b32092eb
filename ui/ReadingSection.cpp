#include "ReadingSection.h"

#include "ModelFormat.h"
#include "ScrapeController.h"
#include "WhenReady.h"
#include "services/GovernorService.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

bool isPause(const QString &state)
{
    return state == u"rate_limited" || state == u"soft_block" || state == u"login_wall" || state == u"checkpoint";
}

QString stateColour(const QString &state)
{
    if (state == u"checkpoint" || state == u"login_wall")
        return u"#c62828"_s;
    if (isPause(state) || state == u"throttled")
        return u"#b26a00"_s;
    return {};
}

} // namespace

ReadingSection::ReadingSection(ScrapeController &scrape, QWidget *parent)
    : QGroupBox(tr("Reading"), parent)
    , m_scrape(scrape)
    , m_rows(new QWidget(this))
    , m_grid(new QGridLayout(m_rows))
    , m_status(new QLabel(this))
{
    setObjectName(u"readingSection"_s);
    auto *intro = new QLabel(tr("ReelPulse paces its requests to each platform and waits when a platform asks it "
                                "to. After a security check or a sign-in wall it stops until you resume it here."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_status->setObjectName(u"readingStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_rows);
    layout->addWidget(m_status);

    // A resume from the banner (or anywhere) shows here too.
    connect(&m_scrape, &ScrapeController::readingResumed, this, [this] {
        if (isVisible() && !m_resuming) // a resume of this section's own reads the states when it is done
            refresh();
    });
    m_status->setText(tr("Not read yet."));
}

ReadingSection::~ReadingSection() = default;

void ReadingSection::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    refresh();
}

void ReadingSection::refresh()
{
    const int generation = ++m_generation;
    m_reading = true;
    whenReady(m_scrape.governorStatus(), this, [this, generation](Result<QList<GovernorIdentityStatus>> identities) {
        if (generation != m_generation)
            return; // a newer read is under way
        m_reading = false;
        if (!identities.ok()) {
            clearRows();
            m_status->setText(tr("The state of the platforms cannot be read: %1").arg(identities.error().message));
            emit activity(m_status->text(), true);
            emit refreshed();
            return;
        }
        showIdentities(identities.value());
        emit refreshed();
    });
}

void ReadingSection::clearRows()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_resumeButtons.clear();
    m_stateLabels.clear();
}

void ReadingSection::showIdentities(const QList<GovernorIdentityStatus> &identities)
{
    clearRows();
    int row = 0;
    bool anyPaused = false;
    for (const GovernorIdentityStatus &identity : identities) {
        QStringList names;
        std::optional<Platform> platform;
        for (const QString &name : identity.platforms) {
            if (const std::optional<Platform> known = platformFromName(name)) {
                names << modelformat::displayPlatform(*known);
                if (!platform)
                    platform = known;
            }
        }
        const QString who = identity.session == u"anonymous" ? tr("without an account") : tr("signed in");
        auto *name = new QLabel(names.isEmpty() ? tr("%1 (%2)").arg(identity.host, who)
                                                : tr("%1 (%2, %3)").arg(names.join(u", "_s), identity.host, who),
                                m_rows);
        name->setTextFormat(Qt::PlainText);
        auto *state = new QLabel(identity.summary, m_rows);
        state->setObjectName(u"readingState_"_s + identity.identity);
        state->setTextFormat(Qt::PlainText);
        state->setWordWrap(true);
        state->setToolTip(identity.message);
        if (const QString colour = stateColour(identity.state); !colour.isEmpty())
            state->setStyleSheet(u"color: %1;"_s.arg(colour));
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(state, row, 1);
        m_stateLabels.insert(identity.identity, state);
        if (isPause(identity.state)) {
            anyPaused = true;
            // One button per platform; an identity whose platform is unknown resumes every platform.
            const int key = platform ? int(*platform) : -1;
            if (!m_resumeButtons.contains(key)) {
                auto *resumeButton = new QPushButton(
                    platform ? tr("Resume %1").arg(modelformat::displayPlatform(*platform)) : tr("Resume All"), m_rows);
                resumeButton->setObjectName(platform ? u"readingResume_"_s + platformName(*platform)
                                                     : u"readingResume_all"_s);
                resumeButton->setAutoDefault(false);
                resumeButton->setEnabled(!m_resuming);
                resumeButton->setToolTip(identity.message);
                connect(resumeButton, &QPushButton::clicked, this, [this, platform] { resume(platform); });
                m_grid->addWidget(resumeButton, row, 2);
                m_resumeButtons.insert(key, resumeButton);
            }
        }
        ++row;
    }
    if (identities.isEmpty())
        m_status->setText(tr("Nothing read yet: no platform has been asked for anything."));
    else if (!anyPaused)
        m_status->setText(tr("Every platform reads normally."));
    else
        m_status->setText(tr("Resume a platform once you have dealt with what stopped it (solved the security "
                             "check in a browser, signed in again, or waited for the limit to pass)."));
}

void ReadingSection::resume(std::optional<Platform> platform)
{
    m_resuming = true;
    for (QPushButton *button : std::as_const(m_resumeButtons))
        button->setEnabled(false);
    const QString title = platform ? modelformat::displayPlatform(*platform) : tr("Every platform");
    whenReady(m_scrape.resumeReading(platform, false), this, [this, title](Result<QList<GovernorResumed>> lifted) {
        m_resuming = false;
        if (!lifted.ok()) {
            m_status->setText(tr("%1 could not be resumed: %2").arg(title, lifted.error().message));
            emit activity(m_status->text(), true);
        } else {
            const QString message =
                lifted->isEmpty() ? tr("%1 was not paused.").arg(title) : tr("%1 reads again.").arg(title);
            emit activity(message, false);
        }
        refresh();
    });
}

QPushButton *ReadingSection::resumeButton(Platform platform) const
{
    if (QPushButton *button = m_resumeButtons.value(int(platform)))
        return button;
    return m_resumeButtons.value(-1);
}

QString ReadingSection::stateTextOf(const QString &identity) const
{
    const QLabel *label = m_stateLabels.value(identity);
    return label ? label->text() : QString();
}

} // namespace reelpulse
