// commander requires node:child_process when it loads, for subcommands that are separate programs
// (it spawns them); lingling-check has none. node:child_process brings net, dgram and more with it,
// about 3 ms of every start: here it is required the first time commander would use it, never
// in practice.
let real;
module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });
