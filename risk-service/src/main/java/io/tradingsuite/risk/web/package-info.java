/** REST API of the risk service: decision history and the limits in force (snake_case JSON). */
package io.tradingsuite.risk.web;
