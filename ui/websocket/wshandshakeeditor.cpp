#include "ui/websocket/wshandshakeeditor.h"

#include "ui/models/keyvaluemodel.h"
#include "ui/widgets/keyvaluetable.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace wirescope {

namespace {

constexpr qint64 s_kibibyte = 1024;

} // namespace

WsHandshakeEditor::WsHandshakeEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wsHandshakeEditor"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *handshake = new QGroupBox(tr("Handshake"), this);
    auto *handshakeLayout = new QVBoxLayout(handshake);
    auto *subprotocolForm = new QFormLayout;
    m_subprotocols = new QLineEdit(handshake);
    m_subprotocols->setObjectName(QStringLiteral("wsSubprotocols"));
    m_subprotocols->setAccessibleName(tr("Subprotocols"));
    m_subprotocols->setPlaceholderText(tr("e.g. graphql-transport-ws, chat.v2 (in order)"));
    subprotocolForm->addRow(tr("Subprotocols:"), m_subprotocols);
    handshakeLayout->addLayout(subprotocolForm);
    m_headers = new KeyValueTable(handshake);
    m_headers->setObjectName(QStringLiteral("wsHeaders"));
    m_headers->setAccessibleName(tr("Handshake headers"));
    m_headers->keyValueModel()->setPlaceholders(tr("Add header"), tr("Value"));
    handshakeLayout->addWidget(m_headers, 1);
    layout->addWidget(handshake, 3);

    auto *settings = new QGroupBox(tr("Connection"), this);
    auto *form = new QFormLayout(settings);
    const auto seconds = [settings](const QString &name, double max, const QString &zeroText) {
        auto *spin = new QDoubleSpinBox(settings);
        spin->setObjectName(name);
        spin->setRange(0, max);
        spin->setDecimals(1);
        spin->setSuffix(QStringLiteral(" s"));
        spin->setSpecialValueText(zeroText);
        return spin;
    };
    m_connectTimeout = seconds(QStringLiteral("wsConnectTimeout"), 3600, tr("No limit"));
    m_autoReconnect = new QCheckBox(tr("Reconnect when the connection drops"), settings);
    m_autoReconnect->setObjectName(QStringLiteral("wsAutoReconnect"));
    m_pingInterval = seconds(QStringLiteral("wsPingInterval"), 3600, tr("Never"));
    m_maxMessage = new QSpinBox(settings);
    m_maxMessage->setObjectName(QStringLiteral("wsMaxMessage"));
    m_maxMessage->setRange(0, 4 * 1024 * 1024);
    m_maxMessage->setSingleStep(1024);
    m_maxMessage->setGroupSeparatorShown(true);
    m_maxMessage->setSuffix(QStringLiteral(" KB"));
    m_maxMessage->setSpecialValueText(tr("No limit"));
    m_logCapacity = new QSpinBox(settings);
    m_logCapacity->setObjectName(QStringLiteral("wsLogCapacity"));
    m_logCapacity->setRange(100, 10000000);
    m_logCapacity->setSingleStep(10000);
    m_logCapacity->setGroupSeparatorShown(true);
    m_logCapacity->setSuffix(tr(" messages"));
    form->addRow(tr("Connect timeout:"), m_connectTimeout);
    form->addRow(QString(), m_autoReconnect);
    form->addRow(tr("Ping every:"), m_pingInterval);
    form->addRow(tr("Largest message:"), m_maxMessage);
    form->addRow(tr("Keep the last:"), m_logCapacity);
    layout->addWidget(settings, 2);

    connect(m_headers->keyValueModel(), &KeyValueModel::edited, this, &WsHandshakeEditor::edited);
    connect(m_subprotocols, &QLineEdit::textEdited, this, &WsHandshakeEditor::edited);
    for (QDoubleSpinBox *spin : {m_connectTimeout, m_pingInterval})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WsHandshakeEditor::edited);
    for (QSpinBox *spin : {m_maxMessage, m_logCapacity})
        connect(spin, &QSpinBox::valueChanged, this, &WsHandshakeEditor::edited);
    connect(m_autoReconnect, &QCheckBox::toggled, this, &WsHandshakeEditor::edited);

    load(WebSocketRequest{});
}

void WsHandshakeEditor::load(const WebSocketRequest &request)
{
    const QSignalBlocker blockSubprotocols(m_subprotocols);
    const QSignalBlocker blockTimeout(m_connectTimeout);
    const QSignalBlocker blockReconnect(m_autoReconnect);
    const QSignalBlocker blockPing(m_pingInterval);
    const QSignalBlocker blockMax(m_maxMessage);
    const QSignalBlocker blockLog(m_logCapacity);
    m_headers->keyValueModel()->setRows(request.headers);
    m_subprotocols->setText(request.subprotocols.join(QStringLiteral(", ")));
    const WebSocketSettings &settings = request.settings;
    m_connectTimeout->setValue(settings.connectTimeoutMs / 1000.0);
    m_autoReconnect->setChecked(settings.autoReconnect);
    m_pingInterval->setValue(settings.pingIntervalMs / 1000.0);
    // Rounded up: a small limit must not turn into 0 ("no limit").
    m_loadedMaxBytes = settings.maxMessageBytes;
    m_maxMessage->setValue(int((settings.maxMessageBytes + s_kibibyte - 1) / s_kibibyte));
    m_logCapacity->setValue(settings.logCapacity);
}

void WsHandshakeEditor::applyTo(WebSocketRequest *request) const
{
    request->headers = m_headers->keyValueModel()->rows();
    request->subprotocols.clear();
    for (const QString &token : m_subprotocols->text().split(u',', Qt::SkipEmptyParts)) {
        if (!token.trimmed().isEmpty())
            request->subprotocols.append(token.trimmed());
    }
    WebSocketSettings &settings = request->settings;
    settings.connectTimeoutMs = int(std::lround(m_connectTimeout->value() * 1000));
    settings.autoReconnect = m_autoReconnect->isChecked();
    settings.pingIntervalMs = int(std::lround(m_pingInterval->value() * 1000));
    const qint64 shown = qint64(m_maxMessage->value());
    settings.maxMessageBytes = shown == (m_loadedMaxBytes + s_kibibyte - 1) / s_kibibyte
                                   ? m_loadedMaxBytes
                                   : shown * s_kibibyte;
    settings.logCapacity = m_logCapacity->value();
}

} // namespace wirescope
