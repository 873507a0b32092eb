#include "ComposerWidget.h"

#include "PublishingJobs.h"
#include "publishing/GraphParsers.h"
#include "publishing/ImagePrep.h"
#include "publishing/PostRules.h"
#include "publishing/PostingAdvice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

constexpr int VideoRole = Qt::UserRole + 1;
constexpr int SizeRole = Qt::UserRole + 2;    ///< QSize of a local image (for its shape)
constexpr int PreviewRole = Qt::UserRole + 3; ///< QImage: its preview, scaled down
constexpr int PreviewPixels = 72;

bool isVideoFile(const QString &path)
{
    static const QStringList suffixes{u"mp4"_s, u"mov"_s, u"m4v"_s};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

struct Preview
{
    QImage image; ///< scaled down, upright
    QSize size;   ///< the file's full size
};

/// Reads a small upright copy of a local image (off the GUI thread: a large photo takes a while to decode).
Preview readPreview(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    if (size.isValid())
        reader.setScaledSize(size.scaled(PreviewPixels * 4, PreviewPixels * 4, Qt::KeepAspectRatio));
    return {reader.read(), size};
}

} // namespace

ComposerWidget::ComposerWidget(PublishingJobs &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_kind(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_mediaUrl(new QLineEdit(this))
    , m_isVideo(new QCheckBox(tr("Video"), this))
    , m_fit(new QComboBox(this))
    , m_media(new QListWidget(this))
    , m_caption(new QPlainTextEdit(this))
    , m_counters(new QLabel(this))
    , m_altText(new QLineEdit(this))
    , m_collaborators(new QLineEdit(this))
    , m_firstComment(new QLineEdit(this))
    , m_coverUrl(new QLineEdit(this))
    , m_shareToFeed(new QCheckBox(tr("Also show the reel in the feed"), this))
    , m_advice(new QLabel(this))
    , m_when(new QDateTimeEdit(this))
    , m_message(new QLabel(this))
    , m_schedule(new QPushButton(tr("&Schedule"), this))
    , m_draft(new QPushButton(tr("Save &Draft"), this))
{
    setObjectName(u"composer"_s);
    m_kind->setObjectName(u"kindBox"_s);
    m_kind->addItem(tr("Image"), int(PostKind::Image));
    m_kind->addItem(tr("Carousel (2–10 images or videos)"), int(PostKind::Carousel));
    m_kind->addItem(tr("Reel"), int(PostKind::Reel));
    m_kind->addItem(tr("Story"), int(PostKind::Story));
    m_account->setObjectName(u"accountBox"_s);

    m_mediaUrl->setObjectName(u"mediaUrlEdit"_s);
    m_mediaUrl->setPlaceholderText(tr("https://… public URL of an image or video"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addMediaButton"_s);
    auto *files = new QPushButton(tr("&Files…"), this);
    files->setObjectName(u"addFilesButton"_s);
    files->setToolTip(tr("Images and videos from this computer: uploaded to your media host when the post is "
                         "scheduled (you can also drop files here)"));
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *mediaRow = new QHBoxLayout;
    mediaRow->addWidget(m_mediaUrl, 1);
    mediaRow->addWidget(m_isVideo);
    mediaRow->addWidget(add);
    mediaRow->addWidget(files);
    mediaRow->addWidget(remove);
    m_media->setObjectName(u"mediaList"_s);
    m_media->setDragDropMode(QAbstractItemView::InternalMove); // drag to reorder: the carousel's order
    m_media->setIconSize(QSize(PreviewPixels, PreviewPixels));
    m_media->setMaximumHeight(PreviewPixels * 2 + 16);
    m_fit->setObjectName(u"fitBox"_s);
    m_fit->addItem(tr("As it is (4:5 to 1.91:1 only)"), imageprep::fitName(imageprep::Fit::None));
    m_fit->addItem(tr("Crop to fit"), imageprep::fitName(imageprep::Fit::Crop));
    m_fit->addItem(tr("Pad with white"), imageprep::fitName(imageprep::Fit::Pad));
    m_fit->setToolTip(tr("Feed images must be between 4:5 (portrait) and 1.91:1 (landscape); the previews show "
                         "what will be posted"));
    setAcceptDrops(true);

    m_caption->setObjectName(u"captionEdit"_s);
    m_caption->setMaximumHeight(m_caption->fontMetrics().lineSpacing() * 8 + 12);
    m_caption->setPlaceholderText(tr("Caption: #hashtags and @mentions count towards Instagram's limits"));
    m_counters->setObjectName(u"captionCounters"_s);
    m_altText->setPlaceholderText(tr("Describe the image for people who cannot see it"));
    m_collaborators->setPlaceholderText(tr("up to 3 usernames, separated by commas"));
    m_firstComment->setPlaceholderText(tr("posted right after publishing (a failure never fails the post)"));
    m_coverUrl->setPlaceholderText(tr("https://… cover image of the reel (optional)"));
    m_shareToFeed->setChecked(true);
    m_when->setObjectName(u"whenEdit"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_when->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_message->setObjectName(u"composerMessage"_s);
    m_message->setWordWrap(true);
    m_schedule->setObjectName(u"scheduleButton"_s);
    m_schedule->setDefault(true);
    m_draft->setObjectName(u"draftButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_kind);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Media:"), mediaRow);
    form->addRow(QString(), m_media);
    form->addRow(tr("Image shape:"), m_fit);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(QString(), m_counters);
    m_advice->setObjectName(u"adviceLabel"_s);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setToolTip(tr("From your account's recent posts: the hours of the week with the highest median "
                            "likes + comments, and the hashtags whose posts had the most on average (each from at "
                            "least 2 posts). Click one to use it."));
    form->addRow(tr("Advice:"), m_advice);
    form->addRow(tr("Alt text:"), m_altText);
    form->addRow(tr("Collaborators:"), m_collaborators);
    form->addRow(tr("First comment:"), m_firstComment);
    form->addRow(tr("Reel cover:"), m_coverUrl);
    form->addRow(QString(), m_shareToFeed);
    form->addRow(tr("Publish at:"), m_when);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_draft);
    buttons->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);

    auto addCurrent = [this] {
        if (!m_mediaUrl->text().trimmed().isEmpty()) {
            addMedia(m_mediaUrl->text().trimmed(), m_isVideo->isChecked());
            m_mediaUrl->clear();
        }
    };
    connect(add, &QPushButton::clicked, this, addCurrent);
    connect(files, &QPushButton::clicked, this, &ComposerWidget::chooseFiles);
    connect(m_fit, &QComboBox::currentIndexChanged, this, &ComposerWidget::refreshPreviews);
    connect(m_mediaUrl, &QLineEdit::returnPressed, this, addCurrent);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_media->currentItem();
        updateState();
    });
    connect(m_media->model(), &QAbstractItemModel::rowsMoved, this, &ComposerWidget::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposerWidget::refreshPreviews);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ComposerWidget::updateState);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ComposerWidget::loadAdvice);
    connect(m_advice, &QLabel::linkActivated, this, &ComposerWidget::applyAdvice);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &ComposerWidget::updateState);
    connect(m_schedule, &QPushButton::clicked, this, &ComposerWidget::schedule);
    connect(m_draft, &QPushButton::clicked, this, &ComposerWidget::saveDraft);
    updateState();
}

ComposerWidget::~ComposerWidget() = default;

void ComposerWidget::setAccounts(const QList<PublishAccount> &accounts)
{
    const qint64 current = m_account->currentData().toLongLong();
    m_accounts = accounts;
    m_account->clear();
    for (const PublishAccount &a : accounts)
        m_account->addItem(u"@"_s + a.username + (a.needsReconnect() ? tr(" (reconnect)") : QString()), a.id);
    const int index = m_account->findData(current);
    if (index >= 0)
        m_account->setCurrentIndex(index);
    updateState();
}

void ComposerWidget::loadAdvice()
{
    const qint64 accountId = m_account->currentData().toLongLong();
    const auto found = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                    [accountId](const PublishAccount &a) { return a.id == accountId; });
    if (found == m_accounts.cend() || accountId == m_adviceAccount)
        return;
    m_adviceAccount = accountId;
    const QString user = found->userId;
    m_advice->setText(tr("Reading your recent posts…"));
    m_jobs.call<advice::PostingAdvice>(
        this, [user](PublishingService &s) { return s.postingAdvice(user, QTimeZone::systemTimeZone()); },
        [this, accountId](Result<advice::PostingAdvice> result) {
            if (accountId != m_account->currentData().toLongLong())
                return; // another account was chosen meanwhile
            if (!result.ok()) {
                m_adviceAccount = 0; // try again next time
                m_advice->setText(tr("No advice: %1").arg(result.error().message.toHtmlEscaped()));
                return;
            }
            const advice::PostingAdvice &a = result.value();
            const QLocale locale;
            QStringList times, tags;
            for (const advice::TimeSlot &slot : a.bestTimes)
                times << u"<a href='time:%1:%2'>%3 %4</a> (%5)"_s.arg(slot.weekday)
                             .arg(slot.hour)
                             .arg(locale.dayName(slot.weekday, QLocale::ShortFormat),
                                  QTime(slot.hour, 0).toString(u"HH:mm"_s), tr("%n post(s)", nullptr, slot.posts));
            for (const advice::HashtagScore &tag : a.hashtags)
                tags << u"<a href='tag:%1'>%1</a> (%2)"_s.arg(tag.tag.toHtmlEscaped(),
                                                              locale.toString(tag.meanEngagement, 'f', 0));
            if (times.isEmpty() && tags.isEmpty()) {
                m_advice->setText(tr("Not enough posts yet for advice (%n read).", nullptr, a.postsRead));
                return;
            }
            QStringList parts;
            if (!times.isEmpty())
                parts << tr("Best times: %1").arg(times.join(u" · "_s));
            if (!tags.isEmpty())
                parts << tr("Hashtags that did best: %1").arg(tags.join(u" · "_s));
            m_advice->setText(parts.join(u"<br>"_s));
        });
}

void ComposerWidget::applyAdvice(const QString &link)
{
    if (link.startsWith(u"time:"_s)) {
        const QStringList parts = link.split(u':');
        const advice::TimeSlot slot{parts.value(1).toInt(), parts.value(2).toInt(), 0, 0};
        const QDateTime next =
            advice::nextOccurrence(slot, QDateTime::currentDateTimeUtc().addSecs(600), QTimeZone::systemTimeZone());
        if (next.isValid())
            m_when->setDateTime(next.toLocalTime());
    } else if (link.startsWith(u"tag:"_s)) {
        const QString tag = link.mid(4);
        if (!m_caption->toPlainText().contains(tag, Qt::CaseInsensitive)) {
            QString text = m_caption->toPlainText();
            if (!text.isEmpty() && !text.endsWith(u' ') && !text.endsWith(u'\n'))
                text += u' ';
            m_caption->setPlainText(text + tag);
        }
    }
}

void ComposerWidget::addMedia(const QString &url, bool video)
{
    const QUrl parsed(url);
    const QString shown = parsed.isLocalFile() ? QFileInfo(parsed.toLocalFile()).fileName() : url;
    auto *item = new QListWidgetItem((video ? tr("Video") : tr("Image")) + u"  ·  "_s + shown, m_media);
    item->setData(Qt::UserRole, url);
    item->setData(VideoRole, video);
    item->setToolTip(parsed.isLocalFile() ? parsed.toLocalFile() : url);
    if (parsed.isLocalFile() && !video)
        loadPreview(item);
    updateState();
}

void ComposerWidget::addFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        addMedia(QUrl::fromLocalFile(path).toString(), isVideoFile(path));
}

void ComposerWidget::chooseFiles()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add images or videos"), folder,
                                      tr("Images and videos (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.mp4 *.mov *.m4v);;"
                                         "All files (*)"));
    addFiles(paths);
}

void ComposerWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void ComposerWidget::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    addFiles(paths);
    event->acceptProposedAction();
}

void ComposerWidget::loadPreview(QListWidgetItem *item)
{
    const QString url = item->data(Qt::UserRole).toString();
    auto *watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcher<Preview>::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        const Preview preview = watcher->result();
        // The item may have been removed or the list cleared meanwhile: find it by its URL.
        for (int i = 0; i < m_media->count(); ++i) {
            QListWidgetItem *current = m_media->item(i);
            if (current->data(Qt::UserRole).toString() != url || current->data(SizeRole).isValid())
                continue;
            current->setData(SizeRole, preview.size);
            current->setData(PreviewRole, preview.image);
        }
        refreshPreviews();
    });
    watcher->setFuture(QtConcurrent::run(readPreview, QUrl(url).toLocalFile()));
}

void ComposerWidget::refreshPreviews()
{
    const PostKind kind = PostKind(m_kind->currentData().toInt());
    const bool feed = kind == PostKind::Image || kind == PostKind::Carousel;
    const auto fit = imageprep::fitFromName(m_fit->currentData().toString()).value_or(imageprep::Fit::None);
    bool anyOutOfShape = false;
    for (int i = 0; i < m_media->count(); ++i) {
        QListWidgetItem *item = m_media->item(i);
        const QImage image = item->data(PreviewRole).value<QImage>();
        if (image.isNull())
            continue;
        const bool outOfShape = feed && imageprep::outOfFeedShape(item->data(SizeRole).toSize());
        anyOutOfShape = anyOutOfShape || outOfShape;
        // What will be posted: the crop or the padding shown, not the file as it is.
        const QImage shown = outOfShape ? imageprep::fitted(image, fit) : image;
        QPixmap icon(PreviewPixels, PreviewPixels);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        const QImage scaled = shown.scaled(icon.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((icon.width() - scaled.width()) / 2, (icon.height() - scaled.height()) / 2, scaled);
        if (outOfShape && fit == imageprep::Fit::None) { // refused as it is: a red frame
            painter.setPen(QPen(QColor(0xc9, 0x3a, 0x3a), 3));
            painter.drawRect(icon.rect().adjusted(1, 1, -2, -2));
        }
        painter.end();
        item->setIcon(icon);
        const QSize size = item->data(SizeRole).toSize();
        item->setToolTip(QUrl(item->data(Qt::UserRole).toString()).toLocalFile() + u"\n"_s +
                         tr("%1×%2 pixels").arg(size.width()).arg(size.height()));
    }
    m_fit->setEnabled(feed);
    m_fit->setProperty("outOfShape", anyOutOfShape);
    updateState();
}

PublishPost ComposerWidget::post() const
{
    PublishPost p;
    p.accountId = m_account->currentData().toLongLong();
    p.kind = PostKind(m_kind->currentData().toInt());
    p.caption = m_caption->toPlainText();
    for (int i = 0; i < m_media->count(); ++i) {
        const QListWidgetItem *item = m_media->item(i);
        PostMedia media{item->data(Qt::UserRole).toString(), item->data(VideoRole).toBool(), {}};
        if (!media.video)
            media.altText = m_altText->text().trimmed();
        p.items.append(media);
    }
    for (const QString &name : m_collaborators->text().split(u',', Qt::SkipEmptyParts))
        p.options.collaborators << name.trimmed().remove(u'@');
    p.options.firstComment = m_firstComment->text().trimmed();
    p.options.coverUrl = m_coverUrl->text().trimmed();
    p.options.shareToFeed = m_shareToFeed->isChecked();
    if (m_fit->currentIndex() > 0)
        p.options.fit = m_fit->currentData().toString();
    p.scheduledAt = m_when->dateTime().toUTC();
    return p;
}

void ComposerWidget::updateState()
{
    const PostKind kind = PostKind(m_kind->currentData().toInt());
    m_coverUrl->setEnabled(kind == PostKind::Reel);
    m_shareToFeed->setEnabled(kind == PostKind::Reel);
    const graph::CaptionCounts counts = graph::countCaption(m_caption->toPlainText());
    auto part = [](qsizetype n, int max, const QString &what) {
        const QString text = u"%1/%2 %3"_s.arg(n).arg(max).arg(what);
        return n > max ? u"<span style='color:#c93a3a;font-weight:600'>"_s + text + u"</span>"_s : text;
    };
    m_counters->setText(part(counts.characters, postrules::MaxCaptionCharacters, tr("characters")) + u" · "_s +
                        part(counts.hashtags, postrules::MaxHashtags, tr("hashtags")) + u" · "_s +
                        part(counts.mentions, postrules::MaxMentions, tr("mentions")));
    const PublishPost p = post();
    const Status valid = postrules::validate(p);
    const bool hasAccount = m_account->count() > 0;
    const bool shapeRefused =
        m_fit->isEnabled() && m_fit->currentIndex() == 0 && m_fit->property("outOfShape").toBool();
    m_schedule->setEnabled(valid.ok() && hasAccount && !shapeRefused);
    m_draft->setEnabled(hasAccount);
    if (!hasAccount)
        m_message->setText(tr("Connect an account first (Accounts…)."));
    else if (!valid.ok() && !(p.items.isEmpty() && p.caption.isEmpty()))
        m_message->setText(valid.error().message);
    else if (shapeRefused)
        m_message->setText(tr("An image is not between 4:5 and 1.91:1 (red frame): choose to crop or pad it."));
    else
        m_message->clear();
}

void ComposerWidget::schedule()
{
    store(PostState::Scheduled);
}

void ComposerWidget::saveDraft()
{
    store(PostState::Draft);
}

void ComposerWidget::store(PostState state)
{
    PublishPost p = post();
    p.state = state;
    if (state == PostState::Scheduled && p.scheduledAt &&
        p.scheduledAt->secsTo(QDateTime::currentDateTimeUtc()) > 300) {
        m_message->setText(tr("That time has passed: choose a time to come (or now)."));
        return;
    }
    m_schedule->setEnabled(false);
    m_jobs.call<PublishPost>(
        this, [p](PublishingService &s) { return s.createPost(p); },
        [this, state](Result<PublishPost> result) {
            if (!result.ok()) {
                m_message->setText(result.error().message);
                updateState();
                return;
            }
            m_message->setText(state == PostState::Draft
                                   ? tr("Draft %1 saved.").arg(result->id)
                                   : tr("Post %1 scheduled for %2.")
                                         .arg(result->id)
                                         .arg(result->scheduledAt->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
            emit postSaved(result.value());
            m_schedule->setEnabled(true);
        });
}

void ComposerWidget::clear()
{
    m_media->clear();
    m_fit->setCurrentIndex(0);
    m_caption->clear();
    m_altText->clear();
    m_collaborators->clear();
    m_firstComment->clear();
    m_coverUrl->clear();
    updateState();
}

} // namespace reelpulse
