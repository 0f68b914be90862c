#include "ui/response/sentrequestview.h"

#include "core/model/exchange.h"
#include "ui/models/headerlistmodel.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/tableviews.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace wirescope {

SentRequestView::SentRequestView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HeaderListModel(this))
{
    setObjectName(QStringLiteral("sentRequestView"));
    auto *layout = new QVBoxLayout(this);
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("sentRequestLine"));
    m_line->setFont(display::fixedFont());
    m_line->setTextFormat(Qt::PlainText);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_line->setWordWrap(true);
    layout->addWidget(m_line);

    m_headers = new QTableView(this);
    m_headers->setObjectName(QStringLiteral("sentHeadersTable"));
    m_headers->setAccessibleName(tr("Headers as sent"));
    m_headers->setModel(m_model);
    tableviews::setUpReadOnly(m_headers);
    layout->addWidget(m_headers, 2);

    auto *legend = new QLabel(
        tr("Dimmed headers were added when sending (Host, Content-Length, Accept-Encoding…), "
           "not typed by you."),
        this);
    legend->setEnabled(false);
    layout->addWidget(legend);

    m_bodyLabel = new QLabel(this);
    m_bodyLabel->setObjectName(QStringLiteral("sentBodyLabel"));
    layout->addWidget(m_bodyLabel);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("sentBodyPreview"));
    m_body->setAccessibleName(tr("Body as sent"));
    m_body->setReadOnly(true);
    m_body->setFont(display::fixedFont());
    m_body->setMaximumBlockCount(2000);
    layout->addWidget(m_body, 1);
    clear();
}

void SentRequestView::setSentRequest(const SentRequest &sent)
{
    m_line->setText(sent.method + u' ' + sent.url);
    m_model->setHeaders(sent.headers, sent.addedByEngine);
    tableviews::fitNameColumn(m_headers);
    if (sent.bodySize > 0) {
        m_bodyLabel->setText(
            sent.bodyPreview.size() < sent.bodySize
                ? tr("Body: %1 (the first %2 shown)")
                      .arg(display::bytes(sent.bodySize), display::bytes(sent.bodyPreview.size()))
                : tr("Body: %1").arg(display::bytes(sent.bodySize)));
        m_body->setPlainText(QString::fromUtf8(sent.bodyPreview));
        m_body->show();
    } else {
        m_bodyLabel->setText(tr("No body was sent."));
        m_body->clear();
        m_body->hide();
    }
}

void SentRequestView::clear()
{
    m_line->setText(tr("Nothing sent yet."));
    m_model->clear();
    m_bodyLabel->clear();
    m_body->clear();
    m_body->hide();
}

} // namespace wirescope
