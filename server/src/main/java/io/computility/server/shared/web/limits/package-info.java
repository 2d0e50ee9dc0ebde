/** Request limits: body size, control characters, submission rate. */
package io.computility.server.shared.web.limits;
