// The window's OAuth 2.0 page against the real oauth2-mock-server, httpbin and the REAL keychain
// (gnome-keyring on the test's session bus, see tools/test.sh): the fields are typed, "Get new
// token" runs the grant (the browser step of the code grant followed by the test through the
// injected opener), the token view shows expiry and decoded claims, a send carries the Bearer
// header, "Clear" removes the token from the keychain, Discover fills the URLs, a refused
// client is named in the banner; then no file the window wrote (collection, history,
// workspace, QSettings) holds a token or the client secret.
#include "core/history/historystore.h"
#include "core/http/httpclient.h"
#include "core/oauth/oauthauthorizer.h"
#include "core/secrets/secretstore.h"
#include "tests/support/filegrep.h"
#include "tests/support/testenv.h"
#include "ui/collections/collectiondocument.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/requesttab.h"
#include "ui/mainwindow/workspacebinder.h"
#include "ui/oauth/oauth2editor.h"
#include "ui/oauth/oauth2tokenpanel.h"
#include "ui/oauth/oauth2tokenview.h"
#include "ui/request/autheditor.h"
#include "ui/request/requesteditor.h"
#include "ui/response/responseview.h"
#include "ui/runner/runnerpane.h"
#include "ui/workspace/workspacecontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace wirescope;
using wirescope::test::filesContaining;
using namespace wirescope::oauth;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_OAuthWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientCredentialsTokenSendAndClear();
    void codeGrantThroughTheOpener();
    void sendWithoutTokenFetchesOneOrSaysWhy();
    void discoverFillsTheUrls();
    void refusedClientIsNamedInTheBanner();
    void runnerPaneGetsItsToken();
    void noTokenOrSecretInAnyFile();
    void cleanupTestCase();

private:
    RequestTab *newOAuthTab(OAuthGrant grant, const QString &clientId, const QString &scope);
    Auth editorAuth(RequestTab *tab) const { return tab->editor()->request().auth; }
    QString readKeychain(const QString &key, bool *found);
    Exchange send(RequestTab *tab);
    static QString seenByHttpbin(const QString &token);

    test::TestServers m_servers;
    QTemporaryDir m_dir;
    VariableContext m_context;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OAuthAuthorizer> m_authorizer;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<WorkspaceController> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    WorkspaceBinder *m_binder = nullptr;
    QString m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_secret = QStringLiteral("client-secret-") + m_marker;
    QStringList m_tokens; ///< every token value seen, for the file check
    QStringList m_keys;   ///< keychain entries to remove at the end
};

void tst_OAuthWindow::initTestCase()
{
    QString error;
    const auto servers = test::loadTestServers(&error);
    QVERIFY2(servers, qPrintable(error));
    m_servers = *servers;
    QVERIFY(m_dir.isValid());
    // The window's QSettings (open tabs, layout) go into the scratch directory, to be grepped.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("wirescope-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_oauth_window"));

    m_http = std::make_unique<HttpClient>();
    m_secrets = std::make_unique<SecretStore>();
    QSignalSpy probed(m_secrets.get(), &SecretStore::probeFinished);
    m_secrets->probe();
    QVERIFY(probed.wait(20000));
    QVERIFY2(probed.first().at(1).toBool(),
             qPrintable(QStringLiteral("no keychain (run inside dbus-run-session with "
                                       "gnome-keyring, see tools/test.sh): ")
                        + probed.first().at(2).toString()));
    m_authorizer = std::make_unique<OAuthAuthorizer>(m_http.get(), m_secrets.get());
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir.filePath(QStringLiteral("history.sqlite"))).ok());
    m_workspace = std::make_unique<WorkspaceController>(
        m_dir.filePath(QStringLiteral("config")), m_dir.filePath(QStringLiteral("collections")),
        m_secrets.get());
    QCOMPARE(m_workspace->load(), QStringList());
    m_window = std::make_unique<MainWindow>(m_http.get(), &m_context);
    m_window->setOAuthAuthorizer(m_authorizer.get());
    m_binder = new WorkspaceBinder(m_window.get(), m_workspace.get(), m_history.get(), m_http.get(),
                                   &m_context);
    m_window->resize(1200, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_OAuthWindow::cleanupTestCase()
{
    if (!m_secrets)
        return;
    QSignalSpy removed(m_secrets.get(), &SecretStore::removeFinished);
    m_secrets->remove(m_keys);
    QVERIFY(removed.wait(20000));
}

RequestTab *
tst_OAuthWindow::newOAuthTab(OAuthGrant grant, const QString &clientId, const QString &scope)
{
    Request request;
    request.url = m_servers.httpbin.toString() + QStringLiteral("/bearer");
    RequestTab *tab = m_window->newTab(request);
    auto *tabs = child<QTabWidget>(tab, "requestTabs");
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        if (tabs->tabText(i).startsWith(QLatin1String("Auth")))
            tabs->setCurrentIndex(i);
    }
    auto *kind = child<QComboBox>(tab, "authTypeCombo");
    kind->setCurrentIndex(kind->findData(int(AuthKind::OAuth2)));
    auto *grantCombo = child<QComboBox>(tab, "oauth2Grant");
    grantCombo->setCurrentIndex(grantCombo->findData(int(grant)));
    const QString issuer = m_servers.oauth2.toString();
    if (grant == OAuthGrant::AuthorizationCode)
        type(child<QLineEdit>(tab, "oauth2AuthUrl"), issuer + QStringLiteral("/authorize"));
    type(child<QLineEdit>(tab, "oauth2TokenUrl"), issuer + QStringLiteral("/token"));
    type(child<QLineEdit>(tab, "oauth2ClientId"), clientId);
    type(child<QLineEdit>(tab, "oauth2ClientSecret"), m_secret);
    type(child<QLineEdit>(tab, "oauth2Scope"), scope);
    if (grant == OAuthGrant::Password) {
        type(child<QLineEdit>(tab, "oauth2Username"), QStringLiteral("ada"));
        type(child<QLineEdit>(tab, "oauth2Password"), QStringLiteral("password-") + m_marker);
    }
    m_keys.append(OAuthAuthorizer::tokenKeyFor(editorAuth(tab), m_context));
    return tab;
}

QString tst_OAuthWindow::readKeychain(const QString &key, bool *found)
{
    SecretStore fresh; // a new store: nothing from the window's session memory
    QSignalSpy read(&fresh, &SecretStore::readFinished);
    fresh.read({key});
    *found = false;
    if (!read.wait(20000))
        return {};
    const auto result = read.first().at(1).value<SecretReadResult>();
    *found = result.values.contains(key) && result.sessionOnly.isEmpty();
    return result.values.value(key);
}

Exchange tst_OAuthWindow::send(RequestTab *tab)
{
    QSignalSpy finished(tab, &RequestTab::exchangeFinished);
    tab->send();
    if (!finished.wait(20000))
        return {};
    const auto exchange = finished.first().first().value<Exchange>();
    // Only whole tokens are looked for in the files: httpbin's /bearer echoes the token less
    // its leading "e" (see seenByHttpbin), which the history cannot know is a token.
    if (exchange.response)
        m_tokens.append(firstValue(exchange.sent.headers, u"Authorization").mid(7));
    return exchange;
}

QString tst_OAuthWindow::seenByHttpbin(const QString &token)
{
    // Debian's httpbin reads the token with authorization.lstrip('Bearer '), which also eats
    // leading 'e', 'a', 'r', 'B' and spaces of the token itself (a JWT starts with "eyJ").
    QString seen = token;
    while (!seen.isEmpty() && QStringLiteral("Bearer ").contains(seen.front()))
        seen.remove(0, 1);
    return seen;
}

void tst_OAuthWindow::clientCredentialsTokenSendAndClear()
{
    RequestTab *tab = newOAuthTab(OAuthGrant::ClientCredentials, QStringLiteral("cc-") + m_marker,
                                  QStringLiteral("read"));
    auto *view = child<OAuth2TokenView>(tab, "oauth2TokenView");
    auto *noToken = child<QLabel>(tab, "oauth2NoToken");
    QVERIFY(view && noToken);
    QTRY_VERIFY(!noToken->isHidden()); // the keychain has nothing for a fresh client yet
    QVERIFY(!view->token().isValid());

    QTest::mouseClick(child<QPushButton>(tab, "oauth2GetToken"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->token().isValid(), 20000);
    const OAuthToken token = view->token();
    m_tokens.append(token.accessToken);
    auto *status = child<QLabel>(tab, "oauth2Status");
    QVERIFY2(status->text().contains(QLatin1String("keychain")), qPrintable(status->text()));
    QVERIFY(noToken->isHidden());

    // The view: type, expiry with the time left, decoded claims, masked token.
    QCOMPARE(child<QLabel>(tab, "oauth2TokenType")->text(), QStringLiteral("Bearer"));
    const QString expires = child<QLabel>(tab, "oauth2TokenExpires")->text();
    QVERIFY2(expires.contains(QLatin1String("left")), qPrintable(expires));
    QCOMPARE(child<QLabel>(tab, "oauth2TokenRefresh")->text(),
             QStringLiteral("none")); // mock: none for cc
    const QString claims = child<QPlainTextEdit>(tab, "oauth2AccessClaims")->toPlainText();
    QVERIFY2(claims.contains(QLatin1String("\"alg\": \"RS256\"")), qPrintable(claims));
    QVERIFY2(claims.contains(QStringLiteral("\"iss\": \"%1\"").arg(m_servers.oauth2.toString())),
             qPrintable(claims));
    QVERIFY(claims.contains(QLatin1String("not verified")));
    QVERIFY(child<QLabel>(tab, "oauth2SignatureNote")
                ->text()
                .contains(QLatin1String("signature is not verified")));
    auto *shown = child<QLabel>(tab, "oauth2AccessToken");
    QVERIFY(!shown->text().contains(token.accessToken));
    QCOMPARE(shown->text(), OAuth2TokenView::masked(token.accessToken));
    QTest::mouseClick(child<QPushButton>(tab, "oauth2ShowToken"), Qt::LeftButton);
    QCOMPARE(shown->text(), token.accessToken);

    // The keychain holds exactly this token.
    bool found = false;
    const QString key = OAuthAuthorizer::tokenKeyFor(editorAuth(tab), m_context);
    const auto stored = OAuthToken::fromJson(readKeychain(key, &found).toUtf8());
    QVERIFY(found);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->accessToken, token.accessToken);

    // Sending uses the stored token: httpbin's /bearer sees it.
    const Exchange exchange = send(tab);
    QVERIFY2(exchange.ok(),
             qPrintable(exchange.error ? exchange.error->message : QStringLiteral("no exchange")));
    QCOMPARE(exchange.response->status, 200);
    QCOMPARE(firstValue(exchange.sent.headers, u"Authorization"),
             QString(QStringLiteral("Bearer ") + token.accessToken));
    const QJsonObject answer = QJsonDocument::fromJson(exchange.response->body.read()).object();
    QCOMPARE(answer.value(QLatin1String("authenticated")).toBool(), true);
    QCOMPARE(answer.value(QLatin1String("token")).toString(), seenByHttpbin(token.accessToken));

    // Saved into a collection (the files are grepped at the end).
    QVERIFY(
        m_workspace
            ->create(m_dir.filePath(QStringLiteral("collections/oauth")), QStringLiteral("OAuth"))
            .ok());
    QVERIFY(m_binder->saveTabAs(tab, QStringLiteral("Client credentials")));

    // Clear: gone from the view and from the keychain.
    QTest::mouseClick(child<QPushButton>(tab, "oauth2ClearToken"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->token().isValid(), 20000);
    QVERIFY(!noToken->isHidden());
    readKeychain(key, &found);
    QVERIFY(!found);
}

void tst_OAuthWindow::codeGrantThroughTheOpener()
{
    RequestTab *tab =
        newOAuthTab(OAuthGrant::AuthorizationCode, QStringLiteral("native-") + m_marker,
                    QStringLiteral("openid profile"));
    QVERIFY(child<QCheckBox>(tab, "oauth2Pkce")->isChecked()); // PKCE on by default
    auto *panel = child<OAuth2TokenPanel>(tab, "oauth2TokenPanel");
    QNetworkAccessManager browser; // stands in for the system browser
    QUrl opened;
    QPointer<QNetworkReply> reply;
    panel->setBrowserOpener([&](const QUrl &url) {
        opened = url;
        QNetworkRequest request(url);
        // The mock's /authorize answers 302 to the loopback listener: follow it like a browser.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        reply = browser.get(request);
        return true;
    });
    auto *view = child<OAuth2TokenView>(tab, "oauth2TokenView");
    QTest::mouseClick(child<QPushButton>(tab, "oauth2GetToken"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->token().isValid(), 20000);
    const OAuthToken token = view->token();
    m_tokens << token.accessToken << token.refreshToken << token.idToken;

    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!query.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QVERIFY(reply);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             200); // the listener's page
    reply->deleteLater();
    // The page names the URI the last sign-in listened on.
    const QString note = child<QLabel>(tab, "oauth2RedirectNote")->text();
    QVERIFY2(note.contains(redirect.toString()), qPrintable(note));

    // An id token and a refresh token came with it, and the id token's claims are shown.
    QVERIFY(!token.idToken.isEmpty());
    QCOMPARE(child<QLabel>(tab, "oauth2TokenIdToken")->text(), QStringLiteral("yes"));
    QVERIFY(child<QLabel>(tab, "oauth2TokenRefresh")->text().startsWith(QLatin1String("yes")));
    const QString idClaims = child<QPlainTextEdit>(tab, "oauth2IdClaims")->toPlainText();
    QVERIFY2(idClaims.contains(QStringLiteral("\"aud\": \"native-%1\"").arg(m_marker)),
             qPrintable(idClaims));

    // The send uses the token the browser step got.
    const Exchange exchange = send(tab);
    QVERIFY2(exchange.ok(),
             qPrintable(exchange.error ? exchange.error->message : QStringLiteral("no exchange")));
    QCOMPARE(firstValue(exchange.sent.headers, u"Authorization"),
             QString(QStringLiteral("Bearer ") + token.accessToken));
    // A picture for the README (taken under Xvfb with the variable set; see README "OAuth 2.0").
    if (const QString dir = qEnvironmentVariable("WIRESCOPE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->setSideBySide(true);
        m_window->resize(1400, 1000);
        QTest::qWait(100);
        tab->splitter()->setSizes({820, 580});
        tab->editor()->authEditor()->oauth2Editor()->setMinimumWidth(0);
        QTest::qWait(300);
        if (auto *scroll = qobject_cast<QScrollArea *>(
                tab->editor()->authEditor()->parentWidget()->parentWidget()))
            scroll->ensureWidgetVisible(child<QPlainTextEdit>(tab, "oauth2IdClaims"), 10, 10);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/oauth2-token.png")));
    }

    // Without a token the code grant cannot send, and the message says what to do.
    QTest::mouseClick(child<QPushButton>(tab, "oauth2ClearToken"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->token().isValid(), 20000);
    const Exchange refused = send(tab);
    QVERIFY(refused.error);
    QVERIFY(!refused.response);
    QVERIFY2(refused.error->message.contains(QLatin1String("Get new token")),
             qPrintable(refused.error->message));
    QVERIFY(refused.error->message.contains(QLatin1String("nothing was sent")));
    QVERIFY(tab->responseView()->exchange() && tab->responseView()->exchange()->error);
}

void tst_OAuthWindow::sendWithoutTokenFetchesOneOrSaysWhy()
{
    // The password grant with nothing stored: the send gets a token by itself.
    RequestTab *tab = newOAuthTab(OAuthGrant::Password, QStringLiteral("pw-") + m_marker,
                                  QStringLiteral("openid"));
    auto *view = child<OAuth2TokenView>(tab, "oauth2TokenView");
    QTRY_VERIFY(!child<QLabel>(tab, "oauth2NoToken")->isHidden());
    const Exchange exchange = send(tab);
    QVERIFY2(exchange.ok(),
             qPrintable(exchange.error ? exchange.error->message : QStringLiteral("no exchange")));
    const QString header = firstValue(exchange.sent.headers, u"Authorization");
    QVERIFY2(header.startsWith(QLatin1String("Bearer ey")), qPrintable(header.left(12)));
    // ... stored it, and the Auth tab shows it.
    QTRY_VERIFY_WITH_TIMEOUT(view->token().isValid(), 20000);
    QCOMPARE(QString(QStringLiteral("Bearer ") + view->token().accessToken), header);
    m_tokens << view->token().refreshToken << view->token().idToken;
}

void tst_OAuthWindow::discoverFillsTheUrls()
{
    RequestTab *tab =
        newOAuthTab(OAuthGrant::AuthorizationCode, QStringLiteral("disc-") + m_marker, {});
    auto *authUrl = child<QLineEdit>(tab, "oauth2AuthUrl");
    auto *tokenUrl = child<QLineEdit>(tab, "oauth2TokenUrl");
    type(authUrl, {});
    type(tokenUrl, {});
    auto *status = child<QLabel>(tab, "oauth2DiscoveryStatus");
    // Nothing listens on port 1: the status names the failure and the URLs stay empty.
    type(child<QLineEdit>(tab, "oauth2DiscoveryUrl"), QStringLiteral("http://127.0.0.1:1"));
    QTest::mouseClick(child<QPushButton>(tab, "oauth2Discover"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Discovery failed")), 20000);
    QVERIFY(authUrl->text().isEmpty());

    type(child<QLineEdit>(tab, "oauth2DiscoveryUrl"), m_servers.oauth2.toString());
    QTest::mouseClick(child<QPushButton>(tab, "oauth2Discover"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tokenUrl->text(),
                              m_servers.oauth2.toString() + QStringLiteral("/token"), 20000);
    QCOMPARE(authUrl->text(), m_servers.oauth2.toString() + QStringLiteral("/authorize"));
    QCOMPARE(editorAuth(tab).oauth2.tokenUrl, tokenUrl->text());
    QVERIFY2(status->text().contains(QLatin1String("authorization_code")),
             qPrintable(status->text()));
}

void tst_OAuthWindow::refusedClientIsNamedInTheBanner()
{
    RequestTab *tab = newOAuthTab(OAuthGrant::ClientCredentials, QStringLiteral("wrong-client"),
                                  QStringLiteral("read"));
    auto *panel = child<OAuth2TokenPanel>(tab, "oauth2TokenPanel");
    QTest::mouseClick(child<QPushButton>(tab, "oauth2GetToken"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->errorMessage().isEmpty(), 20000);
    const QString message = panel->errorMessage();
    QVERIFY2(message.contains(QLatin1String("token request")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("401"))
                 && message.contains(QLatin1String("invalid_client")),
             qPrintable(message));
    QVERIFY(!message.contains(m_secret));
    QVERIFY(!panel->isBusy());
    QVERIFY(!child<OAuth2TokenView>(tab, "oauth2TokenView")->token().isValid());
}

void tst_OAuthWindow::runnerPaneGetsItsToken()
{
    // The window's runner runs the saved collection: its request (client credentials, token
    // cleared above) gets a new token from the same service, as wirescope-cli run does.
    RunnerPane *runner = m_binder->runnerPane();
    CollectionDocument *oauth = nullptr;
    for (CollectionDocument *d : m_workspace->documents()) {
        if (d->collection().name == QLatin1String("OAuth"))
            oauth = d;
    }
    QVERIFY(oauth);
    runner->selectDocument(oauth);
    bool finished = false;
    QObject guard;
    connect(runner, &RunnerPane::runFinished, &guard, [&finished] { finished = true; });
    runner->run();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    const RunSummary summary = runner->lastSummary();
    QCOMPARE(summary.requests, 1);
    QCOMPARE(summary.requestsFailed, 0);
}

void tst_OAuthWindow::noTokenOrSecretInAnyFile()
{
    QVERIFY(m_tokens.size() >= 5);
    m_history->flush();
    QVERIFY(m_workspace->save().ok());
    m_window->close(); // writes the open tabs and layout to QSettings
    QSettings().sync();
    // The grep is not vacuous: the files are there and hold the requests.
    QVERIFY(!filesContaining(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("/bearer"))
                 .isEmpty());
    QVERIFY(!filesContaining(m_dir.filePath(QStringLiteral("collections")),
                             QStringLiteral("cc-") + m_marker)
                 .isEmpty());
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("history.sqlite"))).size() > 0);
    QStringList secrets = m_tokens;
    secrets << m_secret << QString(QStringLiteral("password-") + m_marker);
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.isEmpty())
            continue;
        const QStringList hits = filesContaining(m_dir.path(), secret);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(secret.left(12) + QStringLiteral("... found in ") + hits.join(u' ')));
    }
}

QTEST_MAIN(tst_OAuthWindow)
#include "tst_oauth_window.moc"
