#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace wirescope {

struct Exchange;
struct Response;

/// The response's status line: a coloured status badge (2xx green, 3xx blue, 4xx orange,
/// 5xx red), the reason, the HTTP version, total time, size and "reused connection"; while
/// a request is in flight, its progress.
class ResponseSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseSummary)

public:
    explicit ResponseSummary(QWidget *parent = nullptr);

    void showIdle();
    void showSending();
    void showProgress(qint64 received, qint64 total);
    void showHead(const Response &head);
    void showExchange(const Exchange &exchange);

    QString badgeText() const;

    /// The badge colour for a status code (shared with other views).
    static QColor statusColor(int status);

private:
    void setBadge(const QString &text, const QColor &color);
    void setDetails(const QString &version, const QString &time, const QString &size, bool reused);

    QLabel *m_badge = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_reused = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace wirescope
