#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace wirescope {

class HeaderListModel;
struct SentRequest;

/// The request as it actually left: method, final URL, every header in send order (those
/// the engine or Qt added shown dimmed), and the start of the body.
class SentRequestView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentRequestView)

public:
    explicit SentRequestView(QWidget *parent = nullptr);

    void setSentRequest(const SentRequest &sent);
    void clear();

    HeaderListModel *headersModel() const { return m_model; } // child

private:
    QLabel *m_line = nullptr;
    QTableView *m_headers = nullptr;
    HeaderListModel *m_model = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
};

} // namespace wirescope
