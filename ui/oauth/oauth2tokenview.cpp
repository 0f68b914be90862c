#include "ui/oauth/oauth2tokenview.h"

#include "core/oauth/jwt.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace wirescope {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit *claimsEdit(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumHeight(120);
    return edit;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OAuth2TokenView::OAuth2TokenView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("oauth2TokenView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No token stored for these settings."), this);
    m_empty->setObjectName(QStringLiteral("oauth2NoToken"));
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_type = valueLabel(m_details, QStringLiteral("oauth2TokenType"));
    m_scope = valueLabel(m_details, QStringLiteral("oauth2TokenScope"));
    m_scope->setWordWrap(true); // a long scope list
    m_obtained = valueLabel(m_details, QStringLiteral("oauth2TokenObtained"));
    m_expires = valueLabel(m_details, QStringLiteral("oauth2TokenExpires"));
    m_refresh = valueLabel(m_details, QStringLiteral("oauth2TokenRefresh"));
    m_idToken = valueLabel(m_details, QStringLiteral("oauth2TokenIdToken"));
    m_access = valueLabel(m_details, QStringLiteral("oauth2AccessToken"));
    m_access->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_show = new QPushButton(tr("Show"), m_details);
    m_show->setObjectName(QStringLiteral("oauth2ShowToken"));
    m_show->setCheckable(true);
    m_copy = new QPushButton(tr("Copy"), m_details);
    m_copy->setObjectName(QStringLiteral("oauth2CopyToken"));
    m_copy->setToolTip(tr("Copies the access token to the clipboard"));
    auto *accessRow = new QHBoxLayout;
    accessRow->addWidget(m_access, 1);
    accessRow->addWidget(m_show);
    accessRow->addWidget(m_copy);
    form->addRow(tr("Access token:"), accessRow);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Obtained:"), m_obtained);
    form->addRow(tr("Expires:"), m_expires);
    form->addRow(tr("Refresh token:"), m_refresh);
    form->addRow(tr("ID token:"), m_idToken);
    auto *note =
        new QLabel(tr("Claims decoded for display; the signature is not verified."), m_details);
    note->setObjectName(QStringLiteral("oauth2SignatureNote"));
    note->setWordWrap(true);
    form->addRow(note);
    m_accessClaims = claimsEdit(m_details, QStringLiteral("oauth2AccessClaims"),
                                tr("Access token claims (signature not verified)"));
    form->addRow(tr("Access token JWT:"), m_accessClaims);
    m_idClaims = claimsEdit(m_details, QStringLiteral("oauth2IdClaims"),
                            tr("ID token claims (signature not verified)"));
    m_idClaimsLabel = new QLabel(tr("ID token JWT:"), m_details);
    form->addRow(m_idClaimsLabel, m_idClaims);
    layout->addWidget(m_details);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &OAuth2TokenView::updateExpiry);
    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_revealed = shown;
        m_show->setText(shown ? tr("Hide") : tr("Show"));
        updateAccessToken();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_token.isValid())
            QApplication::clipboard()->setText(m_token.accessToken);
    });
    setToken({});
}

void OAuth2TokenView::setToken(const oauth::OAuthToken &token)
{
    m_token = token;
    const bool valid = token.isValid();
    m_empty->setVisible(!valid);
    m_details->setVisible(valid);
    m_show->setChecked(false); // a new token starts masked
    updateAccessToken();
    if (!valid) {
        m_tick->stop();
        m_accessClaims->clear();
        m_idClaims->clear();
        return;
    }
    m_type->setText(token.tokenType.isEmpty() ? tr("(not given)") : token.tokenType);
    m_scope->setText(token.scope.isEmpty() ? tr("(the server did not say)") : token.scope);
    m_obtained->setText(token.obtainedAt.isValid() ? localTime(token.obtainedAt) : tr("unknown"));
    m_refresh->setText(token.refreshToken.isEmpty() ? tr("none")
                                                    : tr("yes (kept in the keychain)"));
    m_idToken->setText(token.idToken.isEmpty() ? tr("none") : tr("yes"));
    m_accessClaims->setPlainText(claimsText(token.accessToken));
    m_idClaims->setVisible(!token.idToken.isEmpty());
    m_idClaimsLabel->setVisible(!token.idToken.isEmpty());
    m_idClaims->setPlainText(token.idToken.isEmpty() ? QString() : claimsText(token.idToken));
    updateExpiry();
    if (token.expiresAt.isValid())
        m_tick->start();
    else
        m_tick->stop();
}

void OAuth2TokenView::updateAccessToken()
{
    if (!m_token.isValid()) {
        m_access->clear();
        return;
    }
    m_access->setText(m_revealed ? m_token.accessToken : masked(m_token.accessToken));
}

void OAuth2TokenView::updateExpiry()
{
    if (!m_token.expiresAt.isValid()) {
        m_expires->setText(tr("no expiry given by the server"));
        return;
    }
    m_expires->setText(
        tr("%1 (%2)").arg(localTime(m_token.expiresAt),
                          timeLeft(m_token.expiresAt, QDateTime::currentDateTimeUtc())));
}

QString OAuth2TokenView::masked(const QString &token)
{
    if (token.size() <= 16)
        return QString(token.size(), QChar(0x2022));
    return token.left(8) + QChar(0x2026) + token.right(6);
}

QString OAuth2TokenView::timeLeft(const QDateTime &expiresAt, const QDateTime &now)
{
    const qint64 secs = now.secsTo(expiresAt);
    if (secs <= 0)
        return tr("expired");
    if (secs < 60)
        return tr("%1 s left").arg(secs);
    if (secs < 3600)
        return tr("%1 min %2 s left").arg(secs / 60).arg(secs % 60);
    if (secs < 86400)
        return tr("%1 h %2 min left").arg(secs / 3600).arg(secs % 3600 / 60);
    return tr("%1 d %2 h left").arg(secs / 86400).arg(secs % 86400 / 3600);
}

QString OAuth2TokenView::claimsText(const QString &token)
{
    if (!oauth::Jwt::looksLikeJwt(token))
        return tr("Not a JWT (an opaque token): nothing to decode.");
    const Result<oauth::DecodedJwt> decoded = oauth::Jwt::decode(token);
    if (!decoded)
        return tr("Cannot decode: %1").arg(decoded.error().message);
    const auto json = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
    };
    return tr("Header:") + u'\n' + json(decoded->header) + u"\n\n" + tr("Payload:") + u'\n'
           + json(decoded->payload) + u"\n\n"
           + (decoded->hasSignature ? tr("Signature: present, not verified")
                                    : tr("Signature: none"));
}

} // namespace wirescope
