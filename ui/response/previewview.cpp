#include "ui/response/previewview.h"

#include "ui/response/bodyrenderer.h"

#include <QFutureWatcher>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wirescope {

namespace {

/// Never loads anything: images become a grey placeholder, style sheets and the rest nothing.
/// (QTextBrowser would otherwise read local files named by the page.)
class OfflineTextBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(name)
        if (type != QTextDocument::ImageResource)
            return {};
        QImage placeholder(48, 32, QImage::Format_ARGB32_Premultiplied);
        placeholder.fill(QColor(0xe0, 0xe0, 0xe0));
        QPainter painter(&placeholder);
        painter.setPen(QColor(0x90, 0x90, 0x90));
        painter.drawRect(placeholder.rect().adjusted(0, 0, -1, -1));
        painter.drawLine(0, 0, 47, 31);
        painter.drawLine(0, 31, 47, 0);
        return placeholder;
    }
};

QString mediaType(const QString &contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    m_message = new QLabel(m_pages);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setEnabled(false);
    m_pages->addWidget(m_message);

    auto *html = new OfflineTextBrowser(m_pages);
    html->setObjectName(QStringLiteral("previewHtml"));
    html->setAccessibleName(tr("HTML preview"));
    html->setOpenLinks(false);
    html->setOpenExternalLinks(false);
    html->setUndoRedoEnabled(false);
    m_html = html;
    m_pages->addWidget(m_html);

    m_picture = new QLabel(m_pages);
    m_picture->setObjectName(QStringLiteral("previewImage"));
    m_picture->setAccessibleName(tr("Image preview"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(1, 1);
    m_pages->addWidget(m_picture);
    clear();
}

PreviewView::~PreviewView() = default;

void PreviewView::clear()
{
    ++m_generation;
    m_body = ResponseBody();
    m_contentType.clear();
    m_kind.clear();
    m_stale = false;
    m_image.reset();
    m_html->clear();
    m_picture->clear();
    showMessage(tr("No response yet."));
}

void PreviewView::setBody(const ResponseBody &body, const QString &contentType)
{
    clear();
    m_body = body;
    m_contentType = contentType;
    m_stale = true;
    if (isVisible())
        render();
}

void PreviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

void PreviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleImage();
}

void PreviewView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

void PreviewView::render()
{
    m_stale = false;
    const QString type = mediaType(m_contentType);
    if (m_body.isEmpty()) {
        m_kind = QStringLiteral("none");
        showMessage(tr("The response has no body."));
        return;
    }
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml")) {
        m_kind = QStringLiteral("html");
        if (m_body.size() > s_maxHtmlBytes) {
            showMessage(tr("This HTML page is %1 MB; previews stop at %2 MB. The Body tab shows "
                           "all of it.")
                            .arg(double(m_body.size()) / (1024 * 1024), 0, 'f', 1)
                            .arg(s_maxHtmlBytes / (1024 * 1024)));
            return;
        }
        m_html->setHtml(bodyrender::decodeText(m_body.read(s_maxHtmlBytes), m_contentType));
        m_pages->setCurrentWidget(m_html);
        return;
    }
    if (type.startsWith(QLatin1String("image/"))) {
        m_kind = QStringLiteral("image");
        if (m_body.size() > s_maxImageBytes) {
            showMessage(tr("This image is too large to preview (%1 MB).")
                            .arg(double(m_body.size()) / (1024 * 1024), 0, 'f', 1));
            return;
        }
        showMessage(tr("Decoding the image…"));
        auto *watcher = new QFutureWatcher<QImage>(this);
        const quint64 generation = m_generation;
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const QImage image = watcher->result();
            if (image.isNull()) {
                showMessage(tr("The body is not a picture Qt can read, although the "
                               "Content-Type says %1.")
                                .arg(mediaType(m_contentType)));
                return;
            }
            m_image = std::make_unique<QImage>(image);
            m_picture->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
            m_pages->setCurrentWidget(m_picture);
            scaleImage();
        });
        const ResponseBody body = m_body;
        watcher->setFuture(QtConcurrent::run([body] { return QImage::fromData(body.read()); }));
        return;
    }
    m_kind = QStringLiteral("none");
    showMessage(type.isEmpty() ? tr("No preview: the response has no Content-Type.")
                               : tr("No preview for %1.").arg(type));
}

void PreviewView::scaleImage()
{
    if (!m_image)
        return;
    const QSize room = m_pages->size();
    QImage shown = *m_image;
    // Scale down to fit, never up (small icons stay crisp).
    if (shown.width() > room.width() || shown.height() > room.height())
        shown = shown.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_picture->setPixmap(QPixmap::fromImage(shown));
}

} // namespace wirescope
