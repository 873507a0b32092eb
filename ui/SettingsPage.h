#pragma once

#include <QWidget>

class QScrollArea;

namespace reelpulse {

class CommentSentimentSection;
class InstagramAccountSection;
class LanguageSection;
class ReadingSection;
class ScrapeController;

/// The Settings section: the Instagram account ReelPulse signs in with, how comment sentiment is
/// scored, what each platform's reading waits for (with a Resume per stopped platform), where the data
/// lives, which version runs and the language it speaks.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &dataDir, ScrapeController &scrape, QWidget *parent = nullptr);
    ~SettingsPage() override;

    InstagramAccountSection *accountSection() const { return m_account; }
    CommentSentimentSection *sentimentSection() const { return m_sentiment; }
    ReadingSection *readingSection() const { return m_reading; }
    LanguageSection *languageSection() const { return m_language; }
    /// The sections scroll in it (ensureWidgetVisible() brings one into view).
    QScrollArea *scrollArea() const { return m_scroll; }

private:
    InstagramAccountSection *m_account = nullptr;
    CommentSentimentSection *m_sentiment = nullptr;
    ReadingSection *m_reading = nullptr;
    LanguageSection *m_language = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace reelpulse
