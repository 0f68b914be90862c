#include "ui/websocket/wsconnectioninfo.h"

#include "core/websocket/websocketsession.h"
#include "ui/models/headerlistmodel.h"
#include "ui/response/tlsview.h"
#include "ui/widgets/displayformat.h"
#include "ui/widgets/tableviews.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wirescope {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

WsConnectionInfo::WsConnectionInfo(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wsConnectionInfo"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 4, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_url = valueLabel(this, QStringLiteral("wsInfoUrl"));
    m_status = valueLabel(this, QStringLiteral("wsInfoStatus"));
    m_subprotocol = valueLabel(this, QStringLiteral("wsInfoSubprotocol"));
    m_close = valueLabel(this, QStringLiteral("wsInfoClose"));
    m_timing = valueLabel(this, QStringLiteral("wsInfoTiming"));
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Handshake:"), m_status);
    form->addRow(tr("Timing:"), m_timing);
    form->addRow(tr("Subprotocol:"), m_subprotocol);
    form->addRow(tr("Close:"), m_close);
    outer->addLayout(form);
    m_refusal = valueLabel(this, QStringLiteral("wsInfoRefusal"));
    m_refusal->setFont(display::fixedFont());
    m_refusal->hide();
    outer->addWidget(m_refusal);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    const auto headerBox = [splitter](const QString &title, const QString &name,
                                      HeaderListModel *model, QTableView **view, QLabel **empty) {
        auto *box = new QGroupBox(title, splitter);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 4);
        *view = new QTableView(box);
        (*view)->setObjectName(name);
        (*view)->setAccessibleName(title);
        (*view)->setModel(model);
        tableviews::setUpReadOnly(*view);
        // An empty table says why, in place of the table.
        *empty = new QLabel(box);
        (*empty)->setObjectName(name + QStringLiteral("Empty"));
        (*empty)->setAccessibleName(title);
        (*empty)->setWordWrap(true);
        (*empty)->setAlignment(Qt::AlignCenter);
        (*empty)->setEnabled(false); // greyed, as a placeholder
        layout->addWidget(*view);
        layout->addWidget(*empty, 1);
        splitter->addWidget(box);
    };
    m_requestHeaders = new HeaderListModel(this);
    m_responseHeaders = new HeaderListModel(this);
    headerBox(tr("Request headers"), QStringLiteral("wsRequestHeaders"), m_requestHeaders,
              &m_requestTable, &m_requestEmpty);
    headerBox(tr("Response headers"), QStringLiteral("wsResponseHeaders"), m_responseHeaders,
              &m_responseTable, &m_responseEmpty);
    outer->addWidget(splitter, 2);

    m_tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsLayout = new QVBoxLayout(m_tlsBox);
    tlsLayout->setContentsMargins(4, 4, 4, 4);
    m_tls = new TlsView(m_tlsBox);
    tlsLayout->addWidget(m_tls);
    m_tlsBox->hide();
    outer->addWidget(m_tlsBox, 3);
    outer->addStretch(0);

    connect(m_tls, &TlsView::acceptErrorRequested, this, &WsConnectionInfo::tlsErrorAccepted);
    clear();
}

void WsConnectionInfo::setHandshake(const WsHandshake &handshake)
{
    m_url->setText(handshake.url);
    if (handshake.status == 0)
        m_status->setText(tr("No response yet"));
    else
        m_status->setText(QStringLiteral("%1 %2").arg(handshake.status).arg(handshake.reason));
    m_subprotocol->setText(handshake.subprotocol.isEmpty() ? tr("none negotiated")
                                                           : handshake.subprotocol);
    const WsTimings &t = handshake.timings;
    if (!t.total && !t.dns && !t.connect) {
        m_timing->setText(tr("Not measured yet"));
    } else {
        QString text = describeWsTimings(t);
        if (t.tlsInHandshake)
            text += tr("\nQWebSocket does not report when TLS ends, so the TLS handshake and the "
                       "upgrade are one phase.");
        if (!t.note.isEmpty())
            text += u'\n' + t.note;
        m_timing->setText(text);
    }
    m_requestHeaders->setHeaders(handshake.requestHeaders);
    m_responseHeaders->setHeaders(handshake.responseHeaders);
    tableviews::fitNameColumn(m_requestTable);
    tableviews::fitNameColumn(m_responseTable);
    updateEmptyStates(!handshake.url.isEmpty(), handshake.status != 0);
    if (handshake.refusalBody.isEmpty()) {
        m_refusal->hide();
    } else {
        m_refusal->setText(
            tr("Refusal body: %1").arg(QString::fromUtf8(handshake.refusalBody.left(4096))));
        m_refusal->show();
    }
    m_tlsBox->setVisible(handshake.tls);
    if (handshake.tls)
        m_tls->setTlsInfo(handshake.tlsInfo);
    else
        m_tls->clear();
}

void WsConnectionInfo::setClose(int code, const QString &reason, bool byPeer)
{
    if (code == 0) {
        m_close->setText(tr("Not closed"));
        return;
    }
    QString text = QString::number(code);
    text += QStringLiteral(" (%1)").arg(WebSocketSession::closeCodeName(code));
    text += byPeer ? tr(", closed by the server") : tr(", closed by us");
    if (!reason.isEmpty())
        text += tr(": \u201c%1\u201d").arg(reason);
    m_close->setText(text);
}

void WsConnectionInfo::clear()
{
    m_url->setText(tr("Not connected"));
    m_status->setText(tr("No handshake yet"));
    m_subprotocol->setText(tr("none negotiated"));
    m_close->setText(tr("Not closed"));
    m_timing->setText(tr("Not measured yet"));
    m_requestHeaders->clear();
    m_responseHeaders->clear();
    updateEmptyStates(false, false);
    m_refusal->hide();
    m_tls->clear();
    m_tlsBox->hide();
}

void WsConnectionInfo::updateEmptyStates(bool attempted, bool answered)
{
    const bool noRequest = m_requestHeaders->rowCount() == 0;
    const bool noResponse = m_responseHeaders->rowCount() == 0;
    m_requestTable->setVisible(!noRequest);
    m_requestEmpty->setVisible(noRequest);
    m_requestEmpty->setText(
        attempted ? tr("Only the headers Qt adds itself were sent (Host, Upgrade, Connection, "
                       "Sec-WebSocket-Key and Sec-WebSocket-Version). Add your own on the "
                       "Headers tab.")
                  : tr("No handshake yet \u2014 connect to see the headers of the upgrade "
                       "request."));
    m_responseTable->setVisible(!noResponse);
    m_responseEmpty->setVisible(noResponse);
    m_responseEmpty->setText(
        answered    ? tr("The server switched protocols. Qt's WebSocket does not pass on the "
                            "headers of its answer: only a negotiated subprotocol would show here, "
                            "and none was.")
        : attempted ? tr("No response yet: the server has not answered the upgrade request.")
                    : tr("No handshake yet \u2014 connect to see the headers the server "
                         "answers with."));
}

QString WsConnectionInfo::statusText() const
{
    return m_status->text();
}

QString WsConnectionInfo::subprotocolText() const
{
    return m_subprotocol->text();
}

QString WsConnectionInfo::timingText() const
{
    return m_timing->text();
}

QString WsConnectionInfo::closeText() const
{
    return m_close->text();
}

} // namespace wirescope
