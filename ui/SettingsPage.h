#pragma once

#include <QWidget>

namespace reelpulse {

class CommentSentimentSection;
class InstagramAccountSection;
class ScrapeController;

/// The Settings section: the Instagram account ReelPulse signs in with, how comment sentiment is
/// scored, where the data lives and which version runs.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &dataDir, ScrapeController &scrape, QWidget *parent = nullptr);
    ~SettingsPage() override;

    InstagramAccountSection *accountSection() const { return m_account; }
    CommentSentimentSection *sentimentSection() const { return m_sentiment; }

private:
    InstagramAccountSection *m_account = nullptr;
    CommentSentimentSection *m_sentiment = nullptr;
};

} // namespace reelpulse
