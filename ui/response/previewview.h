#pragma once

#include "core/model/responsebody.h"

#include <QWidget>

#include <memory>

class QImage;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;

namespace wirescope {

/// A safe look at the body as a browser would show it: HTML as text-only rich text (no
/// network fetches, no scripts, images as placeholders, links not followed), images scaled
/// to fit, and "no preview" for other types. Rendering is deferred until the view is shown.
class PreviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    /// HTML beyond this many bytes is not previewed (laying it out would stall the window).
    static constexpr qint64 s_maxHtmlBytes = 1024 * 1024;
    /// Images beyond this many bytes are not decoded.
    static constexpr qint64 s_maxImageBytes = 32 * 1024 * 1024;

    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void setBody(const ResponseBody &body, const QString &contentType);
    void clear();

    /// What the view shows now: "html", "image", "none" or "" (nothing rendered yet).
    QString kind() const { return m_kind; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void showMessage(const QString &text);
    void scaleImage();

    ResponseBody m_body;
    QString m_contentType;
    QString m_kind;
    bool m_stale = false;
    quint64 m_generation = 0;
    std::unique_ptr<QImage> m_image; ///< the decoded image, kept to rescale on resize

    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QTextBrowser *m_html = nullptr;
    QLabel *m_picture = nullptr;
};

} // namespace wirescope
