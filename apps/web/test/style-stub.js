// Component tests import components, not their stylesheets.
module.exports = {};
