// The test script of the Scripts screenshot (tools/screenshots.sh): passing and failing
// pm.test calls and console output against httpbin's /get.
var json = pm.response.json();
console.log('args:', json.args);
pm.test('status is 200', function () {
    pm.response.to.have.status(200);
});
pm.test('echoes the query', function () {
    pm.expect(json.args).to.have.property('project', 'wirescope');
});
pm.test('is JSON', function () {
    pm.response.to.be.json;
});
pm.test('deliberately failing: page 2', function () {
    pm.expect(json.args.page).to.equal('2');
});
pm.environment.set('project', json.args.project);
